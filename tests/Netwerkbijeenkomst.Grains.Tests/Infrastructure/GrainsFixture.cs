using Microsoft.Extensions.Time.Testing;
using Netwerkbijeenkomst.Testing;
using Orleans.TestingHost;

namespace Netwerkbijeenkomst.Grains.Tests.Infrastructure;

/// <summary>A two-silo test cluster with the domain grains, its own database and a fake clock, shared by a collection.</summary>
public sealed class GrainsFixture : IAsyncLifetime
{
    public GrainsFixture()
    {
        Cluster = TestSilos.Build(Database, Clock, silos: 2, TestSilos.RemindersOnRealTime);
    }

    public TestDatabase Database { get; } = new();

    public FakeTimeProvider Clock { get; } = new(TestSilos.Start);

    public InProcessTestCluster Cluster { get; }

    public IGrainFactory Grains => Cluster.Client;

    public Task InitializeAsync() => Cluster.DeployAsync();

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        Database.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class SharedGrains : ICollectionFixture<GrainsFixture>
{
    public const string Name = "grains";
}
