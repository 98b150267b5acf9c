using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Netwerkbijeenkomst.Silo.Tests.EventSourcing;

/// <summary>
/// Lets a test hold the next transaction commit of a context until it says so, or make it fail once, and counts the
/// commits that went through: the seams to see what the group commit gathers into one batch.
/// </summary>
public sealed class CommitHook : DbTransactionInterceptor
{
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource? _held;
    private int _failNext;
    private int _commits;

    public int Commits => Volatile.Read(ref _commits);

    /// <summary>Holds the next commit; the task completes when a commit has reached the hold.</summary>
    public Task HoldNext()
    {
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _held, held);
        return held.Task;
    }

    public void Release() => _released.TrySetResult();

    /// <summary>The next commit after the held one throws instead of committing, so its transaction rolls back.</summary>
    public void FailNext() => Volatile.Write(ref _failNext, 1);

    public override async ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _held, null) is { } held)
        {
            held.TrySetResult();
            await _released.Task;
        }
        else if (Interlocked.Exchange(ref _failNext, 0) == 1)
        {
            throw new InvalidOperationException("Commit made to fail by the test.");
        }

        return result;
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _commits);
        return Task.CompletedTask;
    }
}
