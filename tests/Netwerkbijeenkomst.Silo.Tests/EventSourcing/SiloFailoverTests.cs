using Microsoft.Extensions.Time.Testing;
using Netwerkbijeenkomst.Silo.Tests.Journal;
using Netwerkbijeenkomst.Testing;
using Orleans.TestingHost;

namespace Netwerkbijeenkomst.Silo.Tests.EventSourcing;

/// <summary>A silo leaves a two-silo cluster mid-scenario; its own cluster, so the shared one keeps both silos.</summary>
public sealed class SiloFailoverTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private readonly InProcessTestCluster _cluster;

    public SiloFailoverTests()
    {
        _cluster = JournalCluster.Build(_database, new FakeTimeProvider(TestSilos.Start), silos: 2);
    }

    [Fact]
    public async Task GrainWhoseSiloStops_ComesBackOnTheOther_WithItsEvents_AndGoesOnNumberingThem()
    {
        var key = Guid.NewGuid().ToString("N");
        var journal = _cluster.Client.GetGrain<IJournalGrain>(key);
        await journal.AddAsync("voor");
        await journal.AddManyAsync(["een", "twee"]);
        var before = await journal.GetAsync();
        var hosting = _cluster.Silos.Single(silo => silo.SiloAddress.ToString() == before.Silo);

        await _cluster.StopSiloAsync(hosting);

        var after = await journal.GetAsync();
        Assert.NotEqual(before.Silo, after.Silo);
        Assert.Equal(_cluster.Silos.Single().SiloAddress.ToString(), after.Silo);
        Assert.Equal<string>(["voor", "een", "twee"], after.Notes);
        Assert.Equal(3, after.Version);

        await journal.AddAsync("na");
        Assert.Equal(
            ["1 NoteAdded", "2 NoteAdded", "3 NoteAdded", "4 NoteAdded"],
            SqliteSchema.Strings(_database.ConnectionString, $"SELECT Sequence || ' ' || Type FROM Events WHERE StreamId = 'journal/{key}' ORDER BY Sequence"));
        Assert.Equal<string>(["voor", "een", "twee", "na"], (await journal.GetAsync()).Notes);
    }

    public Task InitializeAsync() => _cluster.DeployAsync();

    public async Task DisposeAsync()
    {
        await _cluster.DisposeAsync();
        _database.Dispose();
    }
}
