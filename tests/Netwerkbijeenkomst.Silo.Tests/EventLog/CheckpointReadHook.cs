using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Netwerkbijeenkomst.Silo.Tests.EventLog;

/// <summary>
/// Runs an action once, right after a runner has read its checkpoint and before it opens the batch's transaction:
/// the one moment another node can commit the same batch first.
/// </summary>
public sealed class CheckpointReadHook(Func<Task> afterFirstRead) : DbCommandInterceptor
{
    private Func<Task>? _pending = afterFirstRead;

    public override async ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.CommandText.Contains("FROM \"Checkpoints\"", StringComparison.Ordinal) && Interlocked.Exchange(ref _pending, null) is { } action)
        {
            await action();
        }

        return result;
    }
}
