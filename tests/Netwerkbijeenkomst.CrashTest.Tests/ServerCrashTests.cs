using System.Globalization;
using Netwerkbijeenkomst.Testing;
using Xunit.Abstractions;

namespace Netwerkbijeenkomst.CrashTest.Tests;

/// <summary>The web server on SQLite, killed with SIGKILL twenty times while members post, loses and repeats nothing.</summary>
public sealed class ServerCrashTests(ITestOutputHelper output)
{
    /// <summary>Far above a run on a busy two-core machine (about three minutes), so only a hang ends it.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(12);

    [Fact]
    public async Task WebServerKilledTwentyTimesWhileMembersPost_LosesNoAcknowledgedContribution_StoresNoneTwice_AndKeepsTheFileSound()
    {
        using var limit = new CancellationTokenSource(Limit);

        var report = await CrashRun.RunAsync(new CrashSettings { Kills = 20 }, output.WriteLine, limit.Token);

        Report(report);
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

    private void Report(CrashReport report)
    {
        var lines = report.Lines().ToList();
        foreach (var line in lines)
        {
            output.WriteLine(line);
        }

        // .ci/run prints this file after the tests, so CI's log shows what was counted.
        var file = Path.Combine(RepositoryRoot.Path, "artifacts", "crash-report.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllLines(file, [$"Crash test, {DateTime.UtcNow.ToString("u", CultureInfo.InvariantCulture)}", .. lines]);
    }
}
