using System.Diagnostics;
using Netwerkbijeenkomst.Testing;

namespace Netwerkbijeenkomst.Web.Tests;

/// <summary>
/// The room's script modules pass their own unit tests (Node's test runner) and type-check against the room contract's
/// generated types (tsc with checkJs), inside the one test command.
/// </summary>
public sealed class ClientModuleTests
{
    private static readonly string ClientRoot = Path.Combine(RepositoryRoot.Path, "web", "client");

    [Fact]
    public async Task ClientModules_PassTheirNodeUnitTests()
    {
        var (exitCode, output) = await RunNodeAsync("--test", "test/");

        Assert.True(exitCode == 0, output);
        Assert.Matches(@"(?m)^# pass [1-9]", output);
        Assert.Contains("# fail 0", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClientModules_TypeCheckAgainstTheRoomContract()
    {
        // The web build's `npm ci` installs typescript (a devDependency); run its tsc with node, as `npm run check` does.
        var tsc = Path.Combine("node_modules", "typescript", "bin", "tsc");
        Assert.True(File.Exists(Path.Combine(ClientRoot, tsc)), "typescript is not installed in web/client: build web (it runs npm ci) first.");

        var (exitCode, output) = await RunNodeAsync(tsc, "--noEmit", "-p", ".");

        Assert.True(exitCode == 0, output);
    }

    private static async Task<(int ExitCode, string Output)> RunNodeAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("node", arguments)
        {
            WorkingDirectory = ClientRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();
        return (node.ExitCode, $"{await output}\n{await errors}");
    }
}
