using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Netwerkbijeenkomst.Grains.EventSourcing;
using Netwerkbijeenkomst.Testing;
using Orleans.TestingHost;

namespace Netwerkbijeenkomst.Silo.Tests.Journal;

/// <summary>A two-silo cluster with the journal grain, its own database and a fake clock, shared by a collection.</summary>
public sealed class JournalClusterFixture : IAsyncLifetime
{
    public JournalClusterFixture()
    {
        Cluster = JournalCluster.Build(Database, Clock, silos: 2);
    }

    public TestDatabase Database { get; } = new();

    public FakeTimeProvider Clock { get; } = new(TestSilos.Start);

    public InProcessTestCluster Cluster { get; }

    public IGrainFactory Grains => Cluster.Client;

    /// <summary>The event store as any node sees it: every silo has its own instance over the one database.</summary>
    public IEventStore Store => Cluster.GetSiloServiceProvider().GetRequiredService<IEventStore>();

    public Task InitializeAsync() => Cluster.DeployAsync();

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        Database.Dispose();
    }
}
