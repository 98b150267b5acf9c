using System.Diagnostics;
using System.Globalization;
using Netwerkbijeenkomst.Testing;

namespace Netwerkbijeenkomst.CrashTest;

/// <summary>
/// The web server (with its co-hosted silo) as a child process in Development, so it seeds the demo data on its first
/// start; every start uses the same database and ports: SQLite at <see cref="DatabasePath"/>, or the settings in
/// <paramref name="database"/> (e.g. PostgreSQL). <see cref="KillAsync"/> is a crash: SIGKILL, no shutdown.
/// With <paramref name="readme"/> it gets only what this shared machine needs (ports, its own file) and the demo-history switch, no environment: as the README's run command.
/// </summary>
public sealed class WebServer(string folder, IReadOnlyDictionary<string, string>? database = null, bool readme = false) : IAsyncDisposable
{

    private readonly int _httpPort = LoopbackPorts.Free();
    private readonly int _siloPort = LoopbackPorts.Free();
    private readonly int _gatewayPort = LoopbackPorts.Free();
    private Process? _process;
    private StreamWriter? _log;

    public string DatabasePath { get; } = Path.Combine(folder, "netwerkbijeenkomst.db");

    public Uri Url => new($"http://127.0.0.1:{_httpPort}");

    public int Starts { get; private set; }

    /// <summary>How long a start may take until /health answers; the load test's seeding of many meetings takes longer than the demo's.</summary>
    public TimeSpan StartPatience { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>The running server's process id (the load test reads its CPU and memory from /proc).</summary>
    public int ProcessId => _process?.Id ?? throw new InvalidOperationException("The web server is not running.");

    /// <summary>Starts the server and completes when its /health answers healthy (database and silo up).</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Starts++;
        var logPath = Path.Combine(folder, $"web-{Starts:00}.log");
        _log = new StreamWriter(logPath) { AutoFlush = true };
        var start = StartInfo([]);

        var log = _log;
        _process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        _process.OutputDataReceived += (_, line) => Write(log, line.Data);
        _process.ErrorDataReceived += (_, line) => Write(log, line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartPatience;
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The web server exited with {_process.ExitCode} while starting; see {logPath}.");
            }

            if (await HealthyAsync(http, cancellationToken))
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The web server was not healthy within {StartPatience.TotalSeconds:0} s; see {logPath}.");
            }

            // Nothing announces that the server listens: look again shortly.
            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }
    }

    /// <summary>Kills the server as a crash would (on Linux, Process.Kill sends SIGKILL) and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        if (_process is null)
        {
            return;
        }

        _process.Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
        await _log!.DisposeAsync();
        _log = null;
    }

    public async ValueTask DisposeAsync() => await KillAsync();

    /// <summary>Runs the web project with <paramref name="arguments"/> (a verb such as backup) and the server's settings, to its end.</summary>
    public Task<WebCommandResult> RunCommandAsync(params string[] arguments) => WebCommandResult.RunAsync(StartInfo(arguments));

    private ProcessStartInfo StartInfo(string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", [WebAssembly(), .. arguments])
        {
            WorkingDirectory = Path.Combine(RepositoryRoot.Path, "web"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["Urls"] = Url.ToString();
        start.Environment["Cluster__SiloPort"] = _siloPort.ToString(CultureInfo.InvariantCulture);
        start.Environment["Cluster__GatewayPort"] = _gatewayPort.ToString(CultureInfo.InvariantCulture);
        start.Environment["ConnectionStrings__Netwerkbijeenkomst"] = $"Data Source={DatabasePath}";
        foreach (var (key, value) in database ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        // The demo's upcoming meeting without the year of history: the tests need a meeting to post in, not reports
        // (with the history a first start takes minutes on a busy shared machine).
        start.Environment["Demo__History"] = "false";
        if (readme)
        {
            // A Debug build runs as Development by itself, as `dotnet run --project web` does.
            start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
            start.Environment.Remove("DOTNET_ENVIRONMENT");
            return start;
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["App__PublicUrl"] = Url.ToString();
        return start;
    }

    internal static string WebAssemblyPath() => WebAssembly();

    private static string WebAssembly()
    {
#if DEBUG
        const string configuration = "Debug";
#else
        const string configuration = "Release";
#endif
        var path = Path.Combine(RepositoryRoot.Path, "web", "bin", configuration, "net10.0", "Netwerkbijeenkomst.Web.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build the web project first ({configuration}).", path);
    }

    private static async Task<bool> HealthyAsync(HttpClient http, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(new Uri("/health", UriKind.Relative), cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            try
            {
                log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
                // The last lines of a killed server may arrive after its log is closed.
            }
        }
    }
}
