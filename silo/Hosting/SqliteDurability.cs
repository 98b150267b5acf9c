using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Netwerkbijeenkomst.Silo.Hosting;

/// <summary>
/// Puts the SQLite file in write-ahead-log mode (readers do not block the writer) and every connection on full
/// sync, so a committed append survives a power loss (WAL's default, NORMAL, may lose the last commits).
/// </summary>
internal sealed class SqliteDurability : DbConnectionInterceptor
{
    // WAL is a property of the file and stays set; synchronous is per connection.
    private const string FirstOpen = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;";
    private const string EveryOpen = "PRAGMA synchronous = FULL;";
    private int _walSet;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        var first = Volatile.Read(ref _walSet) == 0;
        if (first && IsReadOnly(connection))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = first ? FirstOpen : EveryOpen;
        command.ExecuteNonQuery();
        Volatile.Write(ref _walSet, 1);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        var first = Volatile.Read(ref _walSet) == 0;
        if (first && IsReadOnly(connection))
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = first ? FirstOpen : EveryOpen;
        await command.ExecuteNonQueryAsync(cancellationToken);
        Volatile.Write(ref _walSet, 1);
    }

    // EF opens a read-only connection to see whether the file exists; switching it to WAL would fail there. Once the
    // file is in WAL mode only the per-connection pragma runs, which a read-only connection accepts.
    private static bool IsReadOnly(DbConnection connection) =>
        new SqliteConnectionStringBuilder(connection.ConnectionString).Mode == SqliteOpenMode.ReadOnly;
}
