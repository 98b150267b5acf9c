using System.Data.Common;
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
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas();
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas();
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private string Pragmas() => Interlocked.Exchange(ref _walSet, 1) == 0 ? FirstOpen : EveryOpen;
}
