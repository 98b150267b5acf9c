using Netwerkbijeenkomst.Silo.Hosting;

namespace Netwerkbijeenkomst.Web.Silo;

/// <summary>
/// Connects the web host to the grains: by default it co-hosts a silo (one process, localhost clustering); with
/// <c>Web:Silo=Client</c> it is an Orleans client of a cluster of grain-only silos.
/// </summary>
internal static class SiloWebExtensions
{
    public static WebApplicationBuilder AddSilo(this WebApplicationBuilder builder)
    {
        var database = DatabaseSettings.Read(builder.Configuration, builder.Environment.ContentRootPath);
        var cluster = ClusterSettings.Read(builder.Configuration);

        // The event store and log tables, migrated before the silo or client starts; web nodes read the log for pushes and lists.
        builder.Services.AddEventStorage(database);
        switch (WebSiloModes.Read(builder.Configuration))
        {
            case WebSiloMode.CoHosted:
                builder.UseOrleans(silo => silo.AddDomainGrains().UseClustering(cluster));
                break;
            case WebSiloMode.Client:
                builder.UseOrleansClient(client => client.UseClustering(cluster));
                break;
        }

        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<SiloHealthCheck>("silo");
        return builder;
    }
}
