using Microsoft.EntityFrameworkCore;
using Netwerkbijeenkomst.Grains;
using Netwerkbijeenkomst.Silo.Persistence;
using Netwerkbijeenkomst.Silo.Persistence.Hosting;
using Netwerkbijeenkomst.Silo.Server.Hosting;
using Netwerkbijeenkomst.Web.Data;

namespace Netwerkbijeenkomst.Web.Silo;

/// <summary>Co-hosts the silo and the domain grains in the web process, over the application database.</summary>
internal static class SiloWebExtensions
{
    public static WebApplicationBuilder AddSilo(this WebApplicationBuilder builder)
    {
        var database = DatabaseSettings.Read(builder);
        builder.UseOrleans(silo =>
        {
            silo.AddDomainGrains();
            if (database.IsPostgres)
            {
                silo.UsePostgresEventStore(database.ConnectionString);
            }
            else
            {
                silo.UseSqliteEventStore(database.ConnectionString);
            }
        });

        // The health check asks the same database the grains write to.
        builder.Services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<EventStoreDbContext>>().CreateDbContext());
        builder.Services.AddHealthChecks().AddDbContextCheck<EventStoreDbContext>("database");
        return builder;
    }
}
