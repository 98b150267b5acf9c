using Microsoft.Extensions.DependencyInjection;
using Netwerkbijeenkomst.Silo.TestingHost;
using Netwerkbijeenkomst.Silo.Tests.Grains;
using Netwerkbijeenkomst.Silo.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Silo.Tests;

/// <summary>Runs its own silo with a <see cref="LogHook"/>, to make calls at the moment an activation starts to deactivate.</summary>
public sealed class ForwardingTests : IAsyncLifetime
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);
    private readonly TestDatabase _database = new();
    private readonly TestCluster _cluster;

    public ForwardingTests()
    {
        var builder = new TestClusterBuilder().AddSiloBuilderConfigurator<HookedSiloConfigurator>();
        builder.Properties["ConnectionStrings:Silo"] = _database.ConnectionString;
        _cluster = builder.Build();
    }

    [Fact]
    public async Task CallsWaitingAtADeactivatingActivation_RunBeforeCallsMadeWhileItDeactivates()
    {
        var key = Guid.NewGuid().ToString("N");
        var grain = _cluster.GrainFactory.GetGrain<IOrderGrain>(key);
        var gate = _cluster.ServiceProvider.GetRequiredService<Probe>().Gate(key);
        var later = new TaskCompletionSource<Task[]>(TaskCreationOptions.RunContinuationsAsynchronously);

        // Logged just after the activation stopped taking calls: these are the first calls that find it deactivating.
        _cluster.ServiceProvider.GetRequiredService<LogHook>().Once(
            "Deactivating", key, () => later.SetResult([.. Enumerable.Range(100, 100).Select(grain.RecordAsync)]));

        var hold = grain.HoldThenLeaveAsync();
        await gate.Entered.WaitAsync(Guard);
        var waiting = Enumerable.Range(0, 100).Select(grain.RecordAsync).ToArray();
        gate.Release();

        await Task.WhenAll([hold, .. waiting, .. await later.Task.WaitAsync(Guard)]).WaitAsync(Guard);
        Assert.Equal(Enumerable.Range(0, 200), await grain.GetAsync());
    }

    public Task InitializeAsync() => _cluster.DeployAsync();

    public async Task DisposeAsync()
    {
        await _cluster.DisposeAsync();
        _database.Dispose();
    }
}
