using System.Net;
using Microsoft.Extensions.Options;
using Netwerkbijeenkomst.Silo.Membership;
using Netwerkbijeenkomst.Silo.Tests.Hosting;
using Netwerkbijeenkomst.Testing;
using Orleans.Configuration;

namespace Netwerkbijeenkomst.Silo.Tests.Membership;

/// <summary>The compare-and-swap contract Orleans' membership protocol expects of <see cref="IMembershipTable"/>; each test is its own cluster.</summary>
public sealed class EfMembershipTableTests(StorageFixture storage) : IClassFixture<StorageFixture>
{
    private static readonly DateTime Now = TestSilos.Start.UtcDateTime;

    private readonly string _clusterId = $"cluster-{Guid.NewGuid():N}";

    [Fact]
    public async Task Initialize_CreatesVersionZero_OnceOnly()
    {
        var table = Table();

        await table.InitializeMembershipTable(true);
        var first = (await table.ReadAll()).Version;
        await table.InitializeMembershipTable(true);

        Assert.Equal(0, first.Version);
        Assert.False(string.IsNullOrEmpty(first.VersionEtag));
        Assert.Equal(first, (await table.ReadAll()).Version);
    }

    [Fact]
    public async Task Insert_AtTheCurrentVersion_StoresTheRow_AndMovesTheVersion()
    {
        var table = await InitializedAsync();
        var version = (await table.ReadAll()).Version;
        var entry = Entry(11111, SiloStatus.Joining);

        Assert.True(await table.InsertRow(entry, version.Next()));

        var data = await table.ReadAll();
        Assert.Equal(1, data.Version.Version);
        Assert.NotEqual(version.VersionEtag, data.Version.VersionEtag);
        var (stored, etag) = Assert.Single(data.Members);
        Assert.Equal(entry.SiloAddress, stored.SiloAddress);
        Assert.Equal(SiloStatus.Joining, stored.Status);
        Assert.Equal(entry.ProxyPort, stored.ProxyPort);
        Assert.Equal(entry.HostName, stored.HostName);
        Assert.Equal(entry.SiloName, stored.SiloName);
        Assert.Equal(entry.StartTime, stored.StartTime);
        Assert.Equal(entry.IAmAliveTime, stored.IAmAliveTime);
        Assert.False(string.IsNullOrEmpty(etag));
    }

    [Fact]
    public async Task Insert_WithAStaleVersion_FailsAndStoresNothing()
    {
        var table = await InitializedAsync();
        var stale = (await table.ReadAll()).Version;
        Assert.True(await table.InsertRow(Entry(11111, SiloStatus.Joining), stale.Next()));

        Assert.False(await table.InsertRow(Entry(11112, SiloStatus.Joining), stale.Next()));

        var data = await table.ReadAll();
        Assert.Equal(1, data.Version.Version);
        Assert.Equal(11111, Assert.Single(data.Members).Item1.SiloAddress.Endpoint.Port);
    }

    [Fact]
    public async Task Insert_OfASiloThatIsAlreadyThere_Fails_AndLeavesTheVersion()
    {
        var table = await InitializedAsync();
        Assert.True(await table.InsertRow(Entry(11111, SiloStatus.Joining), (await table.ReadAll()).Version.Next()));
        var version = (await table.ReadAll()).Version;

        Assert.False(await table.InsertRow(Entry(11111, SiloStatus.Active), version.Next()));

        var data = await table.ReadAll();
        Assert.Equal(version, data.Version);
        Assert.Equal(SiloStatus.Joining, Assert.Single(data.Members).Item1.Status);
    }

    [Fact]
    public async Task Update_WithAStaleRowETag_Fails()
    {
        var table = await InitializedAsync();
        var entry = await InsertedAsync(table, Entry(11111, SiloStatus.Joining));
        var (_, staleETag) = Assert.Single((await table.ReadAll()).Members);
        entry.Status = SiloStatus.Active;
        Assert.True(await table.UpdateRow(entry, staleETag, (await table.ReadAll()).Version.Next()));

        entry.Status = SiloStatus.Dead;
        Assert.False(await table.UpdateRow(entry, staleETag, (await table.ReadAll()).Version.Next()));

        var data = await table.ReadAll();
        Assert.Equal(SiloStatus.Active, Assert.Single(data.Members).Item1.Status);
        Assert.Equal(2, data.Version.Version);
    }

    [Fact]
    public async Task Update_WithAStaleTableVersion_Fails()
    {
        var table = await InitializedAsync();
        var entry = await InsertedAsync(table, Entry(11111, SiloStatus.Joining));
        var before = await table.ReadAll();
        await InsertedAsync(table, Entry(11112, SiloStatus.Joining));

        entry.Status = SiloStatus.Active;
        Assert.False(await table.UpdateRow(entry, before.Members[0].Item2, before.Version.Next()));

        Assert.Equal(SiloStatus.Joining, (await table.ReadRow(entry.SiloAddress)).Members[0].Item1.Status);
    }

    [Fact]
    public async Task Update_WithCurrentETags_ChangesStatusAndSuspicions_AndTheRowETag()
    {
        var table = await InitializedAsync();
        var entry = await InsertedAsync(table, Entry(11111, SiloStatus.Active));
        var read = await table.ReadAll();
        var (_, etag) = Assert.Single(read.Members);
        var voters = new List<Tuple<SiloAddress, DateTime>>
        {
            Tuple.Create(Address(11112), Now.AddSeconds(10)),
            Tuple.Create(Address(11113, generation: 7), Now.AddSeconds(12).AddTicks(3)),
        };
        entry.Status = SiloStatus.ShuttingDown;
        entry.SuspectTimes = voters;

        Assert.True(await table.UpdateRow(entry, etag, read.Version.Next()));

        var data = await table.ReadAll();
        var (stored, newETag) = Assert.Single(data.Members);
        Assert.Equal(SiloStatus.ShuttingDown, stored.Status);
        Assert.Equal(voters, stored.SuspectTimes);
        Assert.All(stored.SuspectTimes!, vote => Assert.Equal(DateTimeKind.Utc, vote.Item2.Kind));
        Assert.NotEqual(etag, newETag);
        Assert.Equal(read.Version.Version + 1, data.Version.Version);
    }

    [Fact]
    public async Task IAmAlive_ChangesOnlyTheAliveTime()
    {
        var table = await InitializedAsync();
        var entry = await InsertedAsync(table, Entry(11111, SiloStatus.Active));
        var before = await table.ReadAll();

        // Only the alive time may be taken from a heartbeat, whatever else the entry says.
        entry.IAmAliveTime = Now.AddMinutes(5);
        entry.Status = SiloStatus.Dead;
        entry.ProxyPort = 1;
        await table.UpdateIAmAlive(entry);

        var after = await table.ReadAll();
        var (stored, etag) = Assert.Single(after.Members);
        Assert.Equal(Now.AddMinutes(5), stored.IAmAliveTime);
        Assert.Equal(SiloStatus.Active, stored.Status);
        Assert.Equal(30001, stored.ProxyPort);
        Assert.Equal(before.Members[0].Item2, etag);
        Assert.Equal(before.Version, after.Version);
    }

    [Fact]
    public async Task ReadAll_ReturnsEveryRowOfItsCluster_WithTheVersion()
    {
        var table = await InitializedAsync();
        var other = await InitializedAsync($"other-{Guid.NewGuid():N}");
        await InsertedAsync(table, Entry(11111, SiloStatus.Active));
        await InsertedAsync(table, Entry(11112, SiloStatus.Joining));
        await InsertedAsync(other, Entry(11113, SiloStatus.Active));

        var data = await table.ReadAll();

        Assert.Equal([11111, 11112], data.Members.Select(m => m.Item1.SiloAddress.Endpoint.Port).Order());
        Assert.Equal(2, data.Version.Version);
    }

    [Fact]
    public async Task ReadRow_ReturnsThatSilo_WithTheVersion()
    {
        var table = await InitializedAsync();
        await InsertedAsync(table, Entry(11111, SiloStatus.Active));
        var wanted = await InsertedAsync(table, Entry(11112, SiloStatus.Joining));

        var data = await table.ReadRow(wanted.SiloAddress);

        Assert.Equal(wanted.SiloAddress, Assert.Single(data.Members).Item1.SiloAddress);
        Assert.Equal(2, data.Version.Version);
    }

    [Fact]
    public async Task CleanupDefunctSilos_RemovesOnlyDeadRows_NotAliveSinceTheDate()
    {
        var table = await InitializedAsync();
        await InsertedAsync(table, Entry(11111, SiloStatus.Dead, alive: Now.AddHours(-2)));
        await InsertedAsync(table, Entry(11112, SiloStatus.Dead, alive: Now));
        await InsertedAsync(table, Entry(11113, SiloStatus.Active, alive: Now.AddHours(-2)));

        await table.CleanupDefunctSiloEntries(new DateTimeOffset(Now.AddHours(-1)));

        var data = await table.ReadAll();
        Assert.Equal([11112, 11113], data.Members.Select(m => m.Item1.SiloAddress.Endpoint.Port).Order());
    }

    [Fact]
    public async Task DeleteEntries_RemovesTheClustersRowsAndVersion_AndNoOtherClusters()
    {
        var table = await InitializedAsync();
        var otherId = $"other-{Guid.NewGuid():N}";
        var other = await InitializedAsync(otherId);
        await InsertedAsync(table, Entry(11111, SiloStatus.Active));
        await InsertedAsync(other, Entry(11111, SiloStatus.Active));

        await table.DeleteMembershipTableEntries(_clusterId);

        var data = await table.ReadAll();
        Assert.Empty(data.Members);
        Assert.Equal(0, data.Version.Version);
        Assert.Single((await other.ReadAll()).Members);
        Assert.Equal(0, storage.Database.Scalar("SELECT COUNT(*) FROM ClusterVersions WHERE ClusterId = $c", ("$c", _clusterId)));
    }

    private EfMembershipTable Table(string? clusterId = null) =>
        new(storage.Node.Contexts, Options.Create(new ClusterOptions { ClusterId = clusterId ?? _clusterId, ServiceId = "tests" }));

    private async Task<EfMembershipTable> InitializedAsync(string? clusterId = null)
    {
        var table = Table(clusterId);
        await table.InitializeMembershipTable(true);
        return table;
    }

    private static async Task<MembershipEntry> InsertedAsync(EfMembershipTable table, MembershipEntry entry)
    {
        Assert.True(await table.InsertRow(entry, (await table.ReadAll()).Version.Next()));
        return entry;
    }

    private static SiloAddress Address(int port, int generation = 1) => SiloAddress.New(new IPEndPoint(IPAddress.Loopback, port), generation);

    private static MembershipEntry Entry(int port, SiloStatus status, DateTime? alive = null) => new()
    {
        SiloAddress = Address(port),
        Status = status,
        ProxyPort = 30001,
        HostName = "knooppunt-1",
        SiloName = $"silo-{port}",
        StartTime = Now.AddMinutes(-1),
        IAmAliveTime = alive ?? Now,
    };
}
