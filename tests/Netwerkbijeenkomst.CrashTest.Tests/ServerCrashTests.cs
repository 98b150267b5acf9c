using System.Globalization;
using Netwerkbijeenkomst.Testing;
using Xunit.Abstractions;

namespace Netwerkbijeenkomst.CrashTest.Tests;

/// <summary>The web server, on SQLite and on PostgreSQL, killed with SIGKILL twenty times while members post, loses and repeats nothing.</summary>
public sealed class ServerCrashTests(ITestOutputHelper output)
{
    /// <summary>Far above a run on a busy two-core machine (about three minutes), so only a hang ends it.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(12);

    [Fact]
    public Task WebServerOnSqliteKilledTwentyTimesWhileMembersPost_LosesNoAcknowledgedContribution_StoresNoneTwice_AndKeepsTheFileSound() =>
        RunAsync(CrashStore.Sqlite, "crash-report.txt");

    [Fact]
    public Task WebServerOnPostgreSqlKilledTwentyTimesWhileMembersPost_LosesNoAcknowledgedContribution_StoresNoneTwice_AndKeepsTheDatabaseSound() =>
        RunAsync(CrashStore.PostgreSql, "crash-report-postgresql.txt");

    private async Task RunAsync(CrashStore store, string reportFile)
    {
        using var limit = new CancellationTokenSource(Limit);

        var report = await CrashRun.RunAsync(new CrashSettings { Kills = 20, Store = store }, output.WriteLine, limit.Token);

        Report(report, reportFile);
        Assert.Equal(20, report.Kills);
        Assert.True(report.Acknowledged > 0, "Nothing was acknowledged: the test posted nothing.");
        Assert.True(report.AnswersLost > 0, "No acknowledged post was sent again: the de-duplication across a crash was not tried.");
        Assert.Equal(0, report.Lost);
        Assert.Equal(0, report.Duplicated);
        Assert.Equal(0, report.Unknown);
        Assert.Equal(0, report.Unacknowledged);
        Assert.Equal("ok", report.Integrity);
        Assert.True(report.Passed);
    }

    private void Report(CrashReport report, string fileName)
    {
        var lines = report.Lines().ToList();
        foreach (var line in lines)
        {
            output.WriteLine(line);
        }

        // .ci/run prints the crash reports after the tests, so CI's log shows what was counted.
        var file = Path.Combine(RepositoryRoot.Path, "artifacts", fileName);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllLines(file, [$"Crash test, {DateTime.UtcNow.ToString("u", CultureInfo.InvariantCulture)}", .. lines]);
    }
}
