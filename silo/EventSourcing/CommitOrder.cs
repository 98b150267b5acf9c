using Microsoft.EntityFrameworkCore;
using Netwerkbijeenkomst.Silo.EventLog;

namespace Netwerkbijeenkomst.Silo.EventSourcing;

/// <summary>
/// Makes positions in the Events table follow commit order. PostgreSQL hands out identity values before commit, so
/// without this a reader could see position 12 committed while 11 is still to come, and skip 11 for good. Appends
/// take one transaction-scoped advisory lock just before they insert, and announce themselves to the other nodes
/// (NOTIFY is delivered at commit); SQLite allows one writer at a time anyway, and only runs on one node.
/// </summary>
internal static class CommitOrder
{
    public const string AppendChannel = "netwerkbijeenkomst_events";

    // Any fixed number; it names the lock for every node that writes to this database.
    private const long AppendLock = 0x4E57424A;

    /// <param name="db">The append's context, in its transaction.</param>
    /// <param name="writer">Sent with the NOTIFY (<see cref="EventLogSignal.Id"/>), so the writer's own listener can ignore it.</param>
    /// <param name="cancellationToken">Stops waiting for the lock.</param>
    public static async Task EnterAsync(DbContext db, string writer, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AppendLock}), pg_notify({AppendChannel}, {writer})", cancellationToken);
        }
    }
}
