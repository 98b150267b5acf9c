using System.Net;
using Microsoft.Extensions.Options;
using Netwerkbijeenkomst.Silo.Membership;
using Netwerkbijeenkomst.Silo.Tests.Hosting;
using Netwerkbijeenkomst.Testing;
using Orleans.Configuration;

namespace Netwerkbijeenkomst.Silo.Tests.Membership;

public sealed class EfGatewayListProviderTests(StorageFixture storage) : IClassFixture<StorageFixture>
{
    [Fact]
    public async Task Gateways_AreTheActiveSilosOfTheCluster_AtTheirProxyPort()
    {
        var clusterId = $"cluster-{Guid.NewGuid():N}";
        await InsertAsync(clusterId, Member(11111, SiloStatus.Active, proxyPort: 30001));
        await InsertAsync(clusterId, Member(11112, SiloStatus.Joining, proxyPort: 30002));
        await InsertAsync(clusterId, Member(11113, SiloStatus.Dead, proxyPort: 30003));
        await InsertAsync(clusterId, Member(11114, SiloStatus.Active, proxyPort: 0));
        await InsertAsync($"other-{Guid.NewGuid():N}", Member(11115, SiloStatus.Active, proxyPort: 30005));
        var gateways = new EfGatewayListProvider(
            storage.Node.Contexts, Options.Create(new ClusterOptions { ClusterId = clusterId }), Options.Create(new GatewayOptions()));

        var listed = await gateways.GetGateways();

        Assert.Equal([SiloAddress.New(IPAddress.Loopback, 30001, 3).ToGatewayUri()], listed);
    }

    private async Task InsertAsync(string clusterId, MembershipEntry entry)
    {
        var table = new EfMembershipTable(storage.Node.Contexts, Options.Create(new ClusterOptions { ClusterId = clusterId }));
        await table.InitializeMembershipTable(true);
        Assert.True(await table.InsertRow(entry, (await table.ReadAll()).Version.Next()));
    }

    private static MembershipEntry Member(int port, SiloStatus status, int proxyPort) => new()
    {
        SiloAddress = SiloAddress.New(new IPEndPoint(IPAddress.Loopback, port), 3),
        Status = status,
        ProxyPort = proxyPort,
        HostName = "knooppunt",
        SiloName = $"silo-{port}",
        StartTime = TestSilos.Start.UtcDateTime,
        IAmAliveTime = TestSilos.Start.UtcDateTime,
    };
}
