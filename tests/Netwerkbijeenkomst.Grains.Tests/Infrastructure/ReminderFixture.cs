using Microsoft.Extensions.Time.Testing;
using Netwerkbijeenkomst.Testing;
using Orleans.TestingHost;

namespace Netwerkbijeenkomst.Grains.Tests.Infrastructure;

/// <summary>
/// A two-silo cluster with a clock of its own, for tests that move time forward (the shared cluster's clock stays put).
/// Orleans' reminder service keeps real time, so a reminder never fires by itself while a test delivers the ticks.
/// </summary>
public sealed class ReminderFixture : IAsyncLifetime
{
    public ReminderFixture()
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
