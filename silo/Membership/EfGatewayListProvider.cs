using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Messaging;

namespace Netwerkbijeenkomst.Silo.Membership;

/// <summary>Tells a web node (an Orleans client) which silos accept clients: the active members of the cluster in the database.</summary>
internal sealed class EfGatewayListProvider(
    IDbContextFactory<EventStoreDbContext> contexts,
    IOptions<ClusterOptions> cluster,
    IOptions<GatewayOptions> gateways) : IGatewayListProvider
{
    public TimeSpan MaxStaleness => gateways.Value.GatewayListRefreshPeriod;

    public bool IsUpdatable => true;

    public Task InitializeGatewayListProvider() => Task.CompletedTask;

    public async Task<IList<Uri>> GetGateways()
    {
        var active = (int)SiloStatus.Active;
        var clusterId = cluster.Value.ClusterId;
        await using var db = await contexts.CreateDbContextAsync();
        var rows = await db.ClusterMembers.AsNoTracking()
            .Where(m => m.ClusterId == clusterId && m.Status == active && m.ProxyPort > 0)
            .Select(m => new { m.Address, m.ProxyPort })
            .ToListAsync();
        return [.. rows.Select(r =>
        {
            var silo = SiloAddress.FromParsableString(r.Address);
            return SiloAddress.New(silo.Endpoint.Address, r.ProxyPort, silo.Generation).ToGatewayUri();
        })];
    }
}
