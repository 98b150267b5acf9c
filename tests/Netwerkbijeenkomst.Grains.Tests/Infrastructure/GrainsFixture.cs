using Microsoft.Extensions.DependencyInjection;
using Netwerkbijeenkomst.Silo.TestingHost;

namespace Netwerkbijeenkomst.Grains.Tests.Infrastructure;

/// <summary>One test silo with the domain grains and its own database, shared by a collection.</summary>
public sealed class GrainsFixture : IAsyncLifetime
{
    public GrainsFixture()
    {
        var builder = new TestClusterBuilder().AddSiloBuilderConfigurator<GrainsSiloConfigurator>();
        builder.Properties["ConnectionStrings:Silo"] = Database.ConnectionString;
        Cluster = builder.Build();
    }

    public TestDatabase Database { get; } = new();

    public TestCluster Cluster { get; }

    public IGrainFactory Grains => Cluster.GrainFactory;

    public FakeTimeProvider Clock => (FakeTimeProvider)Cluster.ServiceProvider.GetRequiredService<TimeProvider>();

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
