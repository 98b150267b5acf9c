using System.Diagnostics;

namespace Netwerkbijeenkomst.Web.Tests;

/// <summary>The room's script modules pass their own unit tests (Node's test runner), inside the one test command.</summary>
public sealed class ClientModuleTests
{
    [Fact]
    public async Task ClientModules_PassTheirNodeUnitTests()
    {
        var start = new ProcessStartInfo("node", ["--test", "test/"])
        {
            WorkingDirectory = Path.Combine(RepositoryRoot(), "web", "client"),
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

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Netwerkbijeenkomst.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Netwerkbijeenkomst.sln above {AppContext.BaseDirectory}.");
    }
}
