using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;

namespace Netwerkbijeenkomst.Silo.Hosting;

/// <summary>
/// Keeps one connection to the SQLite file open for as long as the node runs. In WAL mode an open connection holds a
/// shared lock on the file, so `restore` (which needs the file to itself) sees a running server even at a moment the
/// connection pool has closed all its idle connections.
/// </summary>
internal sealed class SqliteFileHold(DatabaseSettings database) : IHostedService, IAsyncDisposable
{
    private SqliteConnection? _connection;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var connectionString = new SqliteConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ToString();
        _connection = new SqliteConnection(connectionString);
        await _connection.OpenAsync(cancellationToken);

        // The shared lock is taken by the first read, and then kept while the connection is open.
        await using var read = _connection.CreateCommand();
        read.CommandText = "SELECT count(*) FROM sqlite_master";
        await read.ExecuteScalarAsync(cancellationToken);
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
            _connection = null;
        }
    }
}
