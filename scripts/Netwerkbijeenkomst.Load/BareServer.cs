using System.Diagnostics;
using System.Globalization;
using Netwerkbijeenkomst.CrashTest;
using Netwerkbijeenkomst.Testing;

namespace Netwerkbijeenkomst.Load;

/// <summary>The bare SignalR server (scripts/Netwerkbijeenkomst.LoadBare) as a child process on a free loopback port.</summary>
internal sealed class BareServer : ILoadTarget
{
    private readonly Process _process;

    private BareServer(Process process, Uri url)
    {
        _process = process;
        Urls = [url];
        Processes = new ServerProcesses([process.Id]);
    }

    public string Name => "bare";

    public IReadOnlyList<Uri> Urls { get; }

    public ServerProcesses Processes { get; }

    public bool MovesOn => false;

    public static async Task<BareServer> StartAsync(string folder, CancellationToken cancellationToken)
    {
        var url = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{LoopbackPorts.Free()}"));
        var assembly = Path.Combine(RepositoryRoot.Path, "scripts", "Netwerkbijeenkomst.LoadBare", "bin", Configuration, "net10.0", "Netwerkbijeenkomst.LoadBare.dll");
        var start = new ProcessStartInfo("dotnet", [assembly])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        start.Environment["Urls"] = url.ToString();
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var log = new StreamWriter(Path.Combine(folder, "bare.log")) { AutoFlush = true };
        process.OutputDataReceived += (_, line) => Write(log, line.Data);
        process.ErrorDataReceived += (_, line) => Write(log, line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new BareServer(process, url);
        await Health.WaitAsync(url, () => process.HasExited, TimeSpan.FromMinutes(1), "the bare server", cancellationToken);
        return server;
    }

    public Task<long?> StoredAsync() => Task.FromResult<long?>(null);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    internal static string Configuration =>
#if DEBUG
        "Debug";
#else
        "Release";
#endif

    private static void Write(StreamWriter log, string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.WriteLine(line);
            }
        }
    }
}
