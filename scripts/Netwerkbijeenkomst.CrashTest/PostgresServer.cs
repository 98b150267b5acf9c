using System.Diagnostics;
using System.Globalization;

namespace Netwerkbijeenkomst.CrashTest;

/// <summary>
/// A PostgreSQL server of the test's own (Debian's package, as scripts/cluster and .ci/run use it): a fresh cluster in
/// the run's folder on a free loopback port, with an empty database and the amcheck extension. Only the web server is
/// killed; this one runs through the whole test and stops at the end.
/// </summary>
internal sealed class PostgresServer : IAsyncDisposable
{
    public const string DatabaseName = "netwerkbijeenkomst";

    private readonly string _bin;
    private readonly string _data;
    private bool _started;

    private PostgresServer(string bin, string data, int port)
    {
        _bin = bin;
        _data = data;
        Port = port;
    }

    public int Port { get; }

    public const int MaxConnections = 450;

    public string ConnectionString => string.Create(CultureInfo.InvariantCulture, $"Host=127.0.0.1;Port={Port};Database={DatabaseName};Username=postgres");

    public static async Task<PostgresServer> StartAsync(string folder, CancellationToken cancellationToken)
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(Directory.Exists)
                .OrderBy(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), CultureInfo.InvariantCulture, out var v) ? v : 0).LastOrDefault()
            : null;
        if (bin is null)
        {
            throw new InvalidOperationException("PostgreSQL is not installed: apt-get install postgresql (.ci/run does this).");
        }

        var server = new PostgresServer(bin, Path.Combine(folder, "pg"), LoopbackPorts.Free());
        Directory.CreateDirectory(server._data);
        if (RunsAsRoot)
        {
            // PostgreSQL refuses to run as root; its commands run as the postgres user the package creates.
            await RunAsync("chown", ["postgres", server._data], cancellationToken);
        }

        await server.PgAsync("initdb", ["-D", server._data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-locale"], cancellationToken);
        // Room for every process of the two-node cluster at Npgsql's default pool (100 each) and the test's own
        // connections: the load test's 100 meetings push in parallel and grow a node's pool that far (docs/orleans.md).
        await server.PgAsync("pg_ctl", ["-D", server._data, "-l", Path.Combine(server._data, "server.log"), "-w", "-o",
            string.Create(CultureInfo.InvariantCulture, $"-p {server.Port} -k {server._data} -c listen_addresses=127.0.0.1 -c max_connections={MaxConnections}"), "start"], cancellationToken);
        server._started = true;
        await server.PgAsync("createdb", ["-h", "127.0.0.1", "-p", server.Port.ToString(CultureInfo.InvariantCulture), "-U", "postgres", DatabaseName], cancellationToken);
        await server.PgAsync("psql", ["-h", "127.0.0.1", "-p", server.Port.ToString(CultureInfo.InvariantCulture), "-U", "postgres", "-d", DatabaseName,
            "-v", "ON_ERROR_STOP=1", "-q", "-c", "CREATE EXTENSION amcheck"], cancellationToken);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (_started)
        {
            _started = false;
            await PgAsync("pg_ctl", ["-D", _data, "-m", "fast", "-w", "stop"], CancellationToken.None);
        }
    }

    private static bool RunsAsRoot => Environment.UserName == "root";

    private Task PgAsync(string program, string[] arguments, CancellationToken cancellationToken) =>
        RunsAsRoot
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, program), .. arguments], cancellationToken)
            : RunAsync(Path.Combine(_bin, program), arguments, cancellationToken);

    private static async Task RunAsync(string program, string[] arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await errors}{await output}");
        }
    }
}
