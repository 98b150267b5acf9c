using System.Diagnostics;
using Netwerkbijeenkomst.Testing;

namespace Netwerkbijeenkomst.Web.Tests;

/// <summary>The room's script modules pass their own unit tests (Node's test runner), inside the one test command.</summary>
public sealed class ClientModuleTests
{
    [Fact]
    public async Task ClientModules_PassTheirNodeUnitTests()
    {
        var start = new ProcessStartInfo("node", ["--test", "test/"])
        {
            WorkingDirectory = Path.Combine(RepositoryRoot.Path, "web", "client"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();

        Assert.True(node.ExitCode == 0, $"{await output}\n{await errors}");
        Assert.Matches(@"(?m)^# pass [1-9]", await output);
        Assert.Contains("# fail 0", await output, StringComparison.Ordinal);
    }
}
