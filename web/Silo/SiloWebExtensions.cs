using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Netwerkbijeenkomst.Grains;
using Netwerkbijeenkomst.Silo.Persistence;
using Netwerkbijeenkomst.Silo.Persistence.Hosting;
using Netwerkbijeenkomst.Silo.Server.Hosting;

namespace Netwerkbijeenkomst.Web.Silo;

/// <summary>Co-hosts the silo in the web process, on SQLite (the default) or PostgreSQL.</summary>
internal static class SiloWebExtensions
{
    public const string ConnectionStringName = "Netwerkbijeenkomst";

    public static WebApplicationBuilder AddSilo(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{ConnectionStringName} is not set.");
        var provider = builder.Configuration["Database:Provider"] ?? "Sqlite";

        builder.UseOrleans(silo =>
        {
            silo.AddDomainGrains();
            if (provider.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase))
            {
                silo.UsePostgresEventStore(connectionString);
            }
            else if (provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
            {
                silo.UseSqliteEventStore(RootedSqlite(connectionString, builder.Environment.ContentRootPath));
            }
            else
            {
                throw new InvalidOperationException($"Database:Provider '{provider}' is unknown; use Sqlite or PostgreSQL.");
            }
        });

        // The health check asks the same database the grains write to.
        builder.Services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<EventStoreDbContext>>().CreateDbContext());
        builder.Services.AddHealthChecks().AddDbContextCheck<EventStoreDbContext>("database");
        return builder;
    }

    // A relative SQLite file is placed under the content root, so `dotnet run --project web` always finds web/data.
    private static string RootedSqlite(string connectionString, string contentRoot)
    {
        var sqlite = new SqliteConnectionStringBuilder(connectionString);
        if (sqlite.Mode != SqliteOpenMode.Memory && !Path.IsPathRooted(sqlite.DataSource))
        {
            sqlite.DataSource = Path.Combine(contentRoot, sqlite.DataSource);
        }

        return sqlite.ToString();
    }
}
