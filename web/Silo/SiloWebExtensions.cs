using Microsoft.EntityFrameworkCore;
using Netwerkbijeenkomst.Silo;
using Netwerkbijeenkomst.Silo.Hosting;
using Netwerkbijeenkomst.Silo.Settings;
using Netwerkbijeenkomst.Web.Accounts;
using Orleans.Dashboard;

namespace Netwerkbijeenkomst.Web.Silo;

/// <summary>
/// Connects the web host to the grains: by default it co-hosts a silo (one process, localhost clustering); with
/// <c>Web:Silo=Client</c> it is an Orleans client of a cluster of grain-only silos.
/// </summary>
internal static class SiloWebExtensions
{
    public const string DashboardPath = "/beheer/orleans";

    public static WebApplicationBuilder AddSilo(this WebApplicationBuilder builder)
    {
        var database = DatabaseSettings.Read(builder.Configuration, builder.Environment.ContentRootPath);
        var cluster = ClusterSettings.Read(builder.Configuration);

        // The event store and log tables, migrated before the silo or client starts; web nodes read the log for pushes and lists.
        builder.Services.AddEventStorage(database);
        switch (builder.Configuration.ReadSettings<WebNodeOptions>(WebNodeOptions.Section).Silo)
        {
            case WebSiloMode.CoHosted:
                builder.UseOrleans(silo => silo.AddDomainGrains().AddOperatorDashboard().UseClustering(cluster));
                break;
            case WebSiloMode.Client:
                builder.UseOrleansClient(client => client.AddDashboard().UseClustering(cluster));
                break;
        }

        // The health check asks the same database the grains write to.
        builder.Services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<EventStoreDbContext>>().CreateDbContext());
        builder.Services.AddHealthChecks()
            .AddDbContextCheck<EventStoreDbContext>("database")
            .AddCheck<SiloHealthCheck>("silo");
        return builder;
    }

    /// <summary>Orleans' dashboard for administrators only; /health for operators and load balancers.</summary>
    public static WebApplication MapSiloStatus(this WebApplication app)
    {
        app.MapOrleansDashboard(DashboardPath).RequireAuthorization(policy => policy.RequireRole(AppRoles.Administrator));
        app.MapHealthChecks("/health");
        return app;
    }
}
