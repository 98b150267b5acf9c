using Netwerkbijeenkomst.Silo.Server.Activations;
using Netwerkbijeenkomst.Silo.Tests.Grains;
using Netwerkbijeenkomst.Silo.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Silo.Tests;

[Collection(SharedSilo.Name)]
public sealed class DeactivationTests(SiloFixture silo)
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task ThrowingLifetimeCallback_DoesNotStopTheDeactivation_AndTheNextCallActivatesAfresh()
    {
        var key = NewKey();
        var grain = silo.GrainFactory.GetGrain<ILifetimeGrain>(key);
        var first = await grain.PingAsync();

        await grain.LeaveAsync();

        Assert.Equal("ApplicationRequested", await silo.Probe.DeactivatedAsync(key).WaitAsync(Guard));
        Assert.Equal<string>(["lifetime cancelled"], silo.Probe.Records(key));
        Assert.NotEqual(first, await grain.PingAsync().WaitAsync(Guard));
        Assert.Equal(2, silo.Probe.Activations(key));
    }

    [Fact]
    public async Task FailedActivation_CancelsItsLifetime_BeforeItsCallsFail()
    {
        var key = NewKey();
        var gate = silo.Probe.Gate(key);
        var grain = silo.GrainFactory.GetGrain<ILifetimeGrain>(key);

        var call = grain.PingAsync();
        await gate.Entered.WaitAsync(Guard);
        gate.Fail(new InvalidOperationException("Activering mislukt."));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => call.WaitAsync(Guard));
        Assert.Equal("Activering mislukt.", error.Message);
        Assert.Equal<string>(["lifetime cancelled"], silo.Probe.Records(key));

        await grain.PingAsync().WaitAsync(Guard);
        Assert.Equal(2, silo.Probe.Activations(key));
    }

    [Fact]
    public async Task TimerTick_QueuedBehindTheTurnThatDeactivates_IsDropped_NotHandedToANextActivation()
    {
        var key = NewKey();
        var grain = silo.GrainFactory.GetGrain<ITickGrain>(key);
        var first = await grain.PingAsync();
        await grain.StartTimerAsync(TimeSpan.FromSeconds(10));
        var gate = silo.Probe.Gate(key);
        var hold = grain.HoldThenLeaveAsync();
        await gate.Entered.WaitAsync(Guard);

        // The tick falls due while the turn is held (well within the response timeout), so it is queued behind that turn.
        silo.Clock.Advance(TimeSpan.FromSeconds(10));
        gate.Release();
        await hold.WaitAsync(Guard);
        await silo.Probe.DeactivatedAsync(key).WaitAsync(Guard);

        // A tick handed on would have created the next activation, and be queued there ahead of this call.
        Assert.DoesNotContain(silo.Service<Catalog>().Activations, a => a.GrainId.Key == key);
        Assert.NotEqual(first, await grain.PingAsync().WaitAsync(Guard));
        Assert.Empty(silo.Probe.Records(key));
    }

    private static string NewKey() => Guid.NewGuid().ToString("N");
}
