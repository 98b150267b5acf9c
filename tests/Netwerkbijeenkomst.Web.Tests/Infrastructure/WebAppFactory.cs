using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Testing;

namespace Netwerkbijeenkomst.Web.Tests.Infrastructure;

/// <summary>The real web host on a fresh SQLite file of its own; with a fake clock when given one (the grains and the pages read it).</summary>
public sealed class WebAppFactory : WebApplicationFactory<Program>
{
    private readonly FakeTimeProvider? _clock;
    private readonly bool _demoHistory;
    private readonly IReadOnlyDictionary<string, string>? _settings;
    private readonly bool _ownsDatabase;
    private readonly ILoggerProvider? _logs;
    private readonly Action<IServiceCollection>? _services;

    /// <param name="clock">The clock the grains and pages read; none: real time.</param>
    /// <param name="demoHistory">Seed the demo's twelve months of history too (slow); most tests want today's demo only.</param>
    /// <param name="settings">Configuration on top of the test's own (a second web node's, say).</param>
    /// <param name="databaseFolder">Another factory's database, shared and left to it; none: a fresh one of this factory's own.</param>
    /// <param name="logs">Receives the host's log, next to its own providers and through the same filters.</param>
    /// <param name="services">Replaces services after the host's own (a store that blocks, say).</param>
    public WebAppFactory(FakeTimeProvider? clock = null, bool demoHistory = false, IReadOnlyDictionary<string, string>? settings = null, string? databaseFolder = null, ILoggerProvider? logs = null, Action<IServiceCollection>? services = null)
    {
        _services = services;
        _clock = clock;
        _demoHistory = demoHistory;
        _settings = settings;
        _ownsDatabase = databaseFolder is null;
        _logs = logs;
        DatabaseFolder = databaseFolder ?? Path.Combine(Path.GetTempPath(), "netwerkbijeenkomst-tests", Guid.NewGuid().ToString("N"));
    }

    /// <summary>Does not exist until the host starts: the host must create it.</summary>
    public string DatabaseFolder { get; }

    /// <summary>Where the server listens once a browser fixture has put it on Kestrel; null on the in-memory test server.</summary>
    public Uri? KestrelAddress { get; set; }

    public string DatabaseFile => Path.Combine(DatabaseFolder, "netwerkbijeenkomst.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Netwerkbijeenkomst", $"Data Source={DatabaseFile}");
        builder.UseEnvironment("Development");
        builder.UseSetting("Demo:History", _demoHistory ? "true" : "false");
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, TestClientAddress>());
        foreach (var (key, value) in _settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        if (_logs is { } logs)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(logs));
        }

        if (_clock is { } clock)
        {
            builder.ConfigureTestServices(services =>
            {
                TestSilos.UseClock(services, clock);
                // Presence leases keep real time: a test that moves the meeting hours on is not a web node that died.
                services.AddKeyedSingleton(PresenceLease.ClockKey, TimeProvider.System);
            });
        }

        if (_services is { } replace)
        {
            builder.ConfigureTestServices(replace);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (_ownsDatabase && Directory.Exists(DatabaseFolder))
        {
            Directory.Delete(DatabaseFolder, recursive: true);
        }
    }
}
