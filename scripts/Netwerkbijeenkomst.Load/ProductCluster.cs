using System.Diagnostics;
using System.Globalization;
using Netwerkbijeenkomst.CrashTest;
using Netwerkbijeenkomst.Testing;

namespace Netwerkbijeenkomst.Load;

/// <summary>
/// The product as the two-node cluster of scripts/cluster (PostgreSQL, two grain silos, two web nodes), on free ports in
/// the run's folder; the first web node seeds the load meetings. Its processes are all four nodes (PostgreSQL's are
/// not counted: on one node the PostgreSQL server is not counted either).
/// </summary>
internal sealed class ProductCluster : ILoadTarget
{
    private static readonly string[] Nodes = ["silo1", "silo2", "web1", "web2"];

    private readonly string _directory;
    private readonly StoredContributions _stored;

    private ProductCluster(string directory, IReadOnlyList<Uri> urls, IReadOnlyList<int> processIds, StoredContributions stored)
    {
        _directory = directory;
        _stored = stored;
        Urls = urls;
        Processes = new ServerProcesses(processIds);
    }

    public string Name => "product";

    public IReadOnlyList<Uri> Urls { get; }

    public ServerProcesses Processes { get; }

    public bool MovesOn => true;

    public static async Task<ProductCluster> StartAsync(LoadSettings settings, string folder, CancellationToken cancellationToken)
    {
        var directory = Path.Combine(folder, "cluster");
        var environment = LoadData.ServerSettings(settings);
        environment["CLUSTER_DIR"] = directory;
        environment["NO_BUILD"] = "1";
        environment["WEB_START_SECONDS"] = "900";
        environment["PG_PORT"] = Port();
        environment["SILO_PORTS"] = $"{Port()} {Port()}";
        environment["GATEWAY_PORTS"] = $"{Port()} {Port()}";
        environment["WEB_PORTS"] = $"{Port()} {Port()}";
        await ScriptAsync("start", environment, cancellationToken);

        var values = File.ReadLines(Path.Combine(directory, "cluster.env"))
            .Select(line => line.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1]);
        var pids = Nodes
            .Select(name => int.Parse(File.ReadAllText(Path.Combine(directory, $"{name}.pid")).Trim(), CultureInfo.InvariantCulture))
            .ToList();
        return new ProductCluster(directory, [new Uri(values["WEB1_URL"]), new Uri(values["WEB2_URL"])], pids, StoredContributions.Postgres(values["PG_CONNECTION"]));
    }

    public async Task<long?> StoredAsync() => await _stored.CountAsync();

    public async ValueTask DisposeAsync() =>
        await ScriptAsync("stop", new Dictionary<string, string> { ["CLUSTER_DIR"] = _directory }, CancellationToken.None);

    private static string Port() => LoopbackPorts.Free().ToString(CultureInfo.InvariantCulture);

    private static async Task ScriptAsync(string verb, Dictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Path.Combine(RepositoryRoot.Path, "scripts", "cluster"), [verb])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("scripts/cluster did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/cluster {verb} exited with {process.ExitCode}: {await errors}{await output}");
        }
    }
}
