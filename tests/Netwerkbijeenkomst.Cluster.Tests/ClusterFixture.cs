using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Netwerkbijeenkomst.Silo.Hosting;

namespace Netwerkbijeenkomst.Cluster.Tests;

/// <summary>
/// A cluster started by scripts/cluster for the tests of a collection, plus an Orleans client of its own (found
/// through the membership table, like a web node) for what no page offers yet and to ask where a grain runs.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    /// <summary>Short enough to see a reminder fire within the test, long enough to fall inside the outage.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromMinutes(1);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"netwerkbijeenkomst-cluster-{Guid.NewGuid():N}");
    private IHost? _client;

    public IReadOnlyDictionary<string, string> Settings { get; private set; } = new Dictionary<string, string>();

    public string ConnectionString => Settings["PG_CONNECTION"];

    public Uri Web1 => new(Settings["WEB1_URL"]);

    public Uri Web2 => new(Settings["WEB2_URL"]);

    public IGrainFactory Grains => _client!.Services.GetRequiredService<IClusterClient>();

    public async Task InitializeAsync()
    {
        await ClusterScript.RunAsync(_folder, Environment(), "start");
        Settings = File.ReadAllLines(Path.Combine(_folder, "cluster.env"))
            .Select(line => line.Split('=', 2))
            .ToDictionary(parts => parts[0], parts => parts[1]);

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddEventStorage(new DatabaseSettings(IsPostgres: true, ConnectionString));
        builder.UseOrleansClient(client => client.UseClustering(new ClusterSettings { Membership = ClusterMembership.Database }));
        _client = builder.Build();
        await _client.StartAsync();
    }

    /// <summary>Kills silo 1 or 2 as a crash would (kill -9).</summary>
    public Task KillSiloAsync(int silo) => ClusterScript.RunAsync(_folder, Environment(), "kill-silo", silo.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public int SiloPort(int silo) => int.Parse(Settings[$"SILO{silo}_PORT"], System.Globalization.CultureInfo.InvariantCulture);

    public async Task DisposeAsync()
    {
        if (_client is not null)
        {
            await _client.StopAsync();
            _client.Dispose();
        }

        await ClusterScript.RunAsync(_folder, Environment(), "stop");
    }

    private static Dictionary<string, string> Environment() => new()
    {
        ["NO_BUILD"] = "1",
#if DEBUG
        ["CONFIGURATION"] = "Debug",
#else
        ["CONFIGURATION"] = "Release",
#endif
        ["CaseRetention__After"] = Retention.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
        ["CaseRetention__RetryEvery"] = Retention.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
    };
}

[CollectionDefinition(Name)]
public sealed class RealCluster : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
