using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Netwerkbijeenkomst.Silo.Hosting;

/// <summary>
/// Gives every SQLite connection a busy timeout. Without one, a writer that finds the file locked by another writer
/// gets SQLITE_BUSY at once and Microsoft.Data.Sqlite retries after sleeping 150 ms on a pool thread; with it, SQLite
/// itself waits for the lock in steps of a few milliseconds. Set on the event store's and the web's connections alike,
/// since both write to the one file (appends, Identity, projections, reminders, membership).
/// </summary>
public sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    /// <summary>As long as the provider's own command timeout (30 s): a lock held longer is a fault, not a wait.</summary>
    public const int Milliseconds = 30_000;

    private const string Pragma = "PRAGMA busy_timeout = 30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
