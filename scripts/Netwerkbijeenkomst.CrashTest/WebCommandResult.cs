using System.Diagnostics;

namespace Netwerkbijeenkomst.CrashTest;

/// <summary>What a run of the web project to its end said: exit code, stdout and stderr.</summary>
public sealed record WebCommandResult(int ExitCode, string Output, string Errors)
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    /// <summary>The web project with <paramref name="arguments"/> and exactly <paramref name="environment"/> as settings (ASPNETCORE_ENVIRONMENT included), run to its end.</summary>
    public static Task<WebCommandResult> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var start = new ProcessStartInfo("dotnet", [WebServer.WebAssemblyPath(), .. arguments])
        {
            WorkingDirectory = Path.Combine(Testing.RepositoryRoot.Path, "web"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var inherited in start.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || k.StartsWith("DOTNET_ENVIRONMENT", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(inherited);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return RunAsync(start);
    }

    internal static async Task<WebCommandResult> RunAsync(ProcessStartInfo start)
    {
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(Patience);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', start.ArgumentList)} did not end within {Patience.TotalMinutes:0} minutes.");
        }

        return new WebCommandResult(process.ExitCode, await output, await errors);
    }
}
