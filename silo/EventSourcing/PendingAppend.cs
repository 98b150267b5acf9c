namespace Netwerkbijeenkomst.Silo.EventSourcing;

/// <summary>One caller's append waiting in the group commit's queue: its stream, the version it expects, its rows, and its answer.</summary>
internal sealed class PendingAppend(string streamId, int expectedVersion, IReadOnlyList<EventRow> rows, CancellationToken cancellationToken)
{
    // Continuations run on the pool, not on the writer loop: a caller's work must never hold up the next batch.
    private readonly TaskCompletionSource _committed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string StreamId { get; } = streamId;

    public int ExpectedVersion { get; } = expectedVersion;

    public int NewVersion => ExpectedVersion + Rows.Count;

    public IReadOnlyList<EventRow> Rows { get; } = rows;

    /// <summary>The caller gave up before its append was taken into a batch; once taken, it is decided by the commit.</summary>
    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>Completes only once the batch holding this append has committed, or with why it was not stored.</summary>
    public Task Committed => _committed.Task;

    public void Succeed() => _committed.TrySetResult();

    public void Fail(Exception error) => _committed.TrySetException(error);

    public void Cancel() => _committed.TrySetCanceled(CancellationToken);
}
