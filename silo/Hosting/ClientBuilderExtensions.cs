using Microsoft.Extensions.DependencyInjection;
using Netwerkbijeenkomst.Silo.Membership;
using Orleans.Configuration;
using Orleans.Messaging;

namespace Netwerkbijeenkomst.Silo.Hosting;

/// <summary>How a web node that does not host a silo finds the cluster's gateways.</summary>
public static class ClientBuilderExtensions
{
    public static IClientBuilder UseClustering(this IClientBuilder client, ClusterSettings settings)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Membership == ClusterMembership.Localhost)
        {
            return client.UseLocalhostClustering(settings.GatewayPort, settings.ServiceId, settings.ClusterId);
        }

        client.Configure<ClusterOptions>(options =>
        {
            options.ClusterId = settings.ClusterId;
            options.ServiceId = settings.ServiceId;
        });
        client.Services.AddSingleton<IGatewayListProvider, EfGatewayListProvider>();

        // A web node may start before the silos, or outlive them all for a while: it keeps trying to connect.
        return client.UseConnectionRetryFilter(async (_, cancellationToken) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
            return true;
        });
    }
}
