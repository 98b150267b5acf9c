using Orleans.TestingHost;

namespace Netwerkbijeenkomst.Grains.Tests.Infrastructure;

/// <summary>Stops every silo at once, so nothing survives in memory, and starts as many fresh ones over the same database.</summary>
public static class ClusterRestarts
{
    public static async Task RestartAllSilosAsync(this InProcessTestCluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var count = cluster.Silos.Count;
        await cluster.StopAllSilosAsync();
        await cluster.StartSilosAsync(count);
        await cluster.InitializeClientAsync();
    }
}
