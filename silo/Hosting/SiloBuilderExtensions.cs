using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;
using Netwerkbijeenkomst.Grains.Cases;
using Netwerkbijeenkomst.Grains.EventSourcing;
using Netwerkbijeenkomst.Grains.Privacy;
using Netwerkbijeenkomst.Silo.Membership;
using Netwerkbijeenkomst.Silo.Reminders;
using Netwerkbijeenkomst.Silo.Settings;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace Netwerkbijeenkomst.Silo.Hosting;

/// <summary>What makes an Orleans silo ours: the domain grains, their event storage, the reminder table and the cluster membership.</summary>
public static class SiloBuilderExtensions
{
    /// <summary>The domain grains over the event store (registered with <see cref="StorageServiceExtensions.AddEventStorage"/>), with durable reminders.</summary>
    public static ISiloBuilder AddDomainGrains(this ISiloBuilder silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.AddCustomStorageBasedLogConsistencyProvider(EventStorage.ProviderName);
        silo.AddReminders();
        silo.Services.AddSingleton<IReminderTable, EfReminderTable>();
        silo.Services.TryAddSingleton<IPrivacyCheck, DutchPersonalDataDetector>();
        silo.Services.AddSettings<CaseRetentionOptions>(CaseRetentionOptions.Section);
        return silo;
    }

    /// <summary>
    /// What Orleans' dashboard shows (silos, grains, calls, errors) is gathered on every silo; web nodes show it to
    /// administrators under /beheer/orleans.
    /// </summary>
    public static ISiloBuilder AddOperatorDashboard(this ISiloBuilder silo) => silo.AddDashboard();

    /// <summary>Joins the cluster that <paramref name="settings"/> describes.</summary>
    public static ISiloBuilder UseClustering(this ISiloBuilder silo, ClusterSettings settings)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Membership == ClusterMembership.Localhost)
        {
            return silo.UseLocalhostClustering(settings.SiloPort, settings.GatewayPort, null, settings.ServiceId, settings.ClusterId);
        }

        silo.Configure<ClusterOptions>(options =>
        {
            options.ClusterId = settings.ClusterId;
            options.ServiceId = settings.ServiceId;
        });
        // Required only for a silo in a cluster: the IP address other nodes reach it at (a web node that is a client has none).
        var advertised = settings.AdvertisedAddress
            ?? throw new SettingsException(SettingProblem.Missing($"{ClusterSettings.Section}:{nameof(ClusterSettings.AdvertisedAddress)}"));
        silo.ConfigureEndpoints(IPAddress.Parse(advertised), settings.SiloPort, settings.GatewayPort, listenOnAnyHostAddress: true);
        silo.Services.AddSingleton<IMembershipTable, EfMembershipTable>();
        return silo;
    }
}
