using Netwerkbijeenkomst.CrashTest;

namespace Netwerkbijeenkomst.Load;

/// <summary>
/// The product on one node: the crash test's <see cref="WebServer"/> (web server with its co-hosted silo, Development,
/// so it seeds) on a fresh SQLite file or on a PostgreSQL server of its own; the seeding of the load meetings happens
/// during its start.
/// </summary>
internal sealed class ProductServer : ILoadTarget
{
    private readonly WebServer _server;
    private readonly PostgresServer? _postgres;
    private readonly StoredContributions _stored;

    private ProductServer(WebServer server, PostgresServer? postgres, StoredContributions stored)
    {
        _server = server;
        _postgres = postgres;
        _stored = stored;
        Urls = [server.Url];
        Processes = new ServerProcesses([server.ProcessId]);
    }

    public string Name => "product";

    public IReadOnlyList<Uri> Urls { get; }

    public ServerProcesses Processes { get; }

    public bool MovesOn => true;

    public static async Task<ProductServer> StartAsync(LoadSettings settings, string folder, CancellationToken cancellationToken)
    {
        var environment = LoadData.ServerSettings(settings);
        PostgresServer? postgres = null;
        StoredContributions stored;
        if (settings.Database == CrashStore.PostgreSql)
        {
            postgres = await PostgresServer.StartAsync(folder, cancellationToken);
            environment["Database__Provider"] = "PostgreSQL";
            environment["ConnectionStrings__Netwerkbijeenkomst"] = postgres.ConnectionString;
            stored = StoredContributions.Postgres(postgres.ConnectionString);
        }
        else
        {
            var path = Path.Combine(folder, "netwerkbijeenkomst.db");
            environment["Database__Provider"] = "Sqlite";
            environment["ConnectionStrings__Netwerkbijeenkomst"] = $"Data Source={path}";
            stored = StoredContributions.Sqlite(path);
        }

        var server = new WebServer(folder, environment) { StartPatience = TimeSpan.FromMinutes(15) };
        try
        {
            await server.StartAsync(cancellationToken);
        }
        catch
        {
            await server.DisposeAsync();
            if (postgres is not null)
            {
                await postgres.DisposeAsync();
            }

            throw;
        }

        return new ProductServer(server, postgres, stored);
    }

    public async Task<long?> StoredAsync() => await _stored.CountAsync();

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }
}
