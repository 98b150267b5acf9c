using Microsoft.Data.Sqlite;

namespace Netwerkbijeenkomst.Load.Tests;

public sealed class DiskSyncTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("netwerkbijeenkomst-disk-sync-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Each_commit_after_the_warm_up_is_timed_and_every_row_is_in_a_WAL_file()
    {
        var times = await DiskSync.MeasureAsync(_folder, 20, 5, CancellationToken.None);

        Assert.Equal(5, times.Count);
        Assert.All(times, t => Assert.True(t > 0));
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, "disk-sync.db"), Pooling = false }.ToString());
        await connection.OpenAsync();
        Assert.Equal(25L, await ScalarAsync(connection, "SELECT COUNT(*) FROM Rows"));
        Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode"));
    }

    [Fact]
    public void The_report_shows_the_median_commit_and_bare_plus_it_as_the_products_floor()
    {
        var report = new LoadReport(new LoadSettings(), "0.5 0.5 0.5");
        report.Idles.Add(new IdleResult("bare", [0.9, 1.0, 1.1]));
        report.Idles.Add(new IdleResult("product", [2.9, 3.0, 3.1]));
        report.DiskSyncMs = [0.6, 0.4, 0.5];

        var lines = report.Lines().ToList();

        Assert.Contains(lines, l => l.StartsWith("one synced commit on this disk, median (ms)", StringComparison.Ordinal) && l.TrimEnd().EndsWith("0.50", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("idle post floor: bare + one commit (ms)", StringComparison.Ordinal) && l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^3..] is ["1.0", "1.5", "x1.5"]);
    }

    [Fact]
    public void Without_a_measured_commit_the_report_leaves_the_floor_out()
    {
        var report = new LoadReport(new LoadSettings(), "0.5 0.5 0.5");
        report.Idles.Add(new IdleResult("bare", [1.0]));
        report.Idles.Add(new IdleResult("product", [3.0]));

        Assert.DoesNotContain(report.Lines(), l => l.Contains("commit", StringComparison.Ordinal));
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
