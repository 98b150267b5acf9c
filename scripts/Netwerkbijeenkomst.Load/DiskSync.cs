using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Netwerkbijeenkomst.Load;

/// <summary>
/// What one durable commit costs on this disk at the moment of the run: a SQLite file in the run's folder with the
/// product's settings (WAL, <c>synchronous = FULL</c>), one small row per transaction, one transaction at a time,
/// <see cref="Gap"/> apart as the idle posts are, after a warm-up. The product's idle post holds at least one such
/// commit before anyone sees it; bare SignalR's holds none, so bare's idle post plus this is the least the product can
/// take.
/// </summary>
internal static class DiskSync
{
    /// <summary>Between commits: an idle post takes a few milliseconds from send to receipt, and a disk that has rested syncs more slowly than one kept busy.</summary>
    public static readonly TimeSpan Gap = TimeSpan.FromMilliseconds(2);

    /// <summary>Each commit writes at least one page to the log: 1,200 of them fill more than SQLite's default 1,000-page log.</summary>
    public const int WarmUpCommits = 1200;

    /// <summary>Commits timed in a load run, after the warm-up: a few seconds in all.</summary>
    public const int TimedCommits = 100;

    // About the size of a contribution's event row.
    private static readonly string Payload = new('x', 400);

    /// <summary>The time of each of <paramref name="commits"/> commits, in milliseconds, after <paramref name="warmUp"/> untimed ones.</summary>
    public static async Task<IReadOnlyList<double>> MeasureAsync(string folder, int warmUp, int commits, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(warmUp);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(commits);
        var path = Path.Combine(folder, "disk-sync.db");
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        await using (var setup = connection.CreateCommand())
        {
            setup.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; CREATE TABLE IF NOT EXISTS Rows (Id INTEGER PRIMARY KEY, Payload TEXT NOT NULL);";
            await setup.ExecuteNonQueryAsync(cancellationToken);
        }

        // Untimed, back to back: past SQLite's first automatic checkpoint, after which commits write over the log's old
        // frames instead of growing the file, as the product's commits do by the time it is measured.
        for (var i = 0; i < warmUp; i++)
        {
            await CommitOneAsync(connection, cancellationToken);
        }

        var times = new List<double>(commits);
        for (var i = 0; i < commits; i++)
        {
            await Task.Delay(Gap, cancellationToken);
            times.Add(await CommitOneAsync(connection, cancellationToken));
        }

        return times;
    }

    // One row in its own transaction; the time of the commit alone, in milliseconds.
    private static async Task<double> CommitOneAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO Rows (Payload) VALUES ($payload);";
            insert.Parameters.AddWithValue("$payload", Payload);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        var started = Stopwatch.GetTimestamp();
        await transaction.CommitAsync(cancellationToken);
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }
}
