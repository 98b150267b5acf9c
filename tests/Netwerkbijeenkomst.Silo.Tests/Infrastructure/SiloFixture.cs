using Microsoft.Extensions.DependencyInjection;
using Netwerkbijeenkomst.Silo.TestingHost;

namespace Netwerkbijeenkomst.Silo.Tests.Infrastructure;

/// <summary>One test silo, its fake clock and its database, shared by the tests of a collection.</summary>
public sealed class SiloFixture : IAsyncLifetime
{
    public SiloFixture()
    {
        var builder = new TestClusterBuilder().AddSiloBuilderConfigurator<TestSiloConfigurator>();
        builder.Properties["ConnectionStrings:Silo"] = Database.ConnectionString;
        Cluster = builder.Build();
    }

    public TestDatabase Database { get; } = new();

    public TestCluster Cluster { get; }

    public IGrainFactory GrainFactory => Cluster.GrainFactory;

    public FakeTimeProvider Clock => (FakeTimeProvider)Cluster.ServiceProvider.GetRequiredService<TimeProvider>();

    public Probe Probe => Cluster.ServiceProvider.GetRequiredService<Probe>();

    public RecordingSubscriber Subscriber => Cluster.ServiceProvider.GetRequiredService<RecordingSubscriber>();

    public T Service<T>()
        where T : notnull => Cluster.ServiceProvider.GetRequiredService<T>();

    public Task InitializeAsync() => Cluster.DeployAsync();

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        Database.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class SharedSilo : ICollectionFixture<SiloFixture>
{
    public const string Name = "silo";
}
