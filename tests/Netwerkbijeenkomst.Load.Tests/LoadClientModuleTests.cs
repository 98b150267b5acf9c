using System.Diagnostics;
using Netwerkbijeenkomst.Testing;

namespace Netwerkbijeenkomst.Load.Tests;

/// <summary>
/// The load client's pure module (scripts/load-client/schedule.mjs: who posts when, the texts, the latency buckets)
/// passes its own unit tests (Node's test runner) inside the one test command; they import no npm package.
/// </summary>
public sealed class LoadClientModuleTests
{
    [Fact]
    public async Task LoadClientSchedule_PassesItsNodeUnitTests()
    {
        var start = new ProcessStartInfo("node", ["--test", "test/"])
        {
            WorkingDirectory = Path.Combine(RepositoryRoot.Path, "scripts", "load-client"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();
        var text = $"{await output}\n{await errors}";

        Assert.True(node.ExitCode == 0, text);
        Assert.Matches(@"(?m)^# pass [1-9]", text);
        Assert.Contains("# fail 0", text, StringComparison.Ordinal);
    }
}
