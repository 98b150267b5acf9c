using Netwerkbijeenkomst.Silo.Server.Configuration;
using Netwerkbijeenkomst.Silo.Tests.Grains;
using Netwerkbijeenkomst.Silo.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace Netwerkbijeenkomst.Silo.Tests;

[Collection(SharedSilo.Name)]
public sealed class TurnTests(SiloFixture silo)
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task ThousandConcurrentCalls_NeverOverlap_AndRunInArrivalOrder()
    {
        var grain = silo.GrainFactory.GetGrain<ITurnGrain>(Guid.NewGuid());

        // Each call is queued when it is made, so issuing them one after another fixes their arrival order.
        var calls = Enumerable.Range(0, 1_000).Select(grain.RecordAsync).ToArray();
        await Task.WhenAll(calls);

        var log = await grain.GetLogAsync();
        Assert.Equal(0, log.Overlaps);
        Assert.Equal(Enumerable.Range(0, 1_000), log.Numbers);
    }

    [Fact]
    public async Task ThousandCallsFromManyThreads_NeverOverlap()
    {
        var grain = silo.GrainFactory.GetGrain<ITurnGrain>(Guid.NewGuid());

        await Task.WhenAll(Enumerable.Range(0, 1_000).Select(i => Task.Run(() => grain.RecordAsync(i))));

        var log = await grain.GetLogAsync();
        Assert.Equal(0, log.Overlaps);
        Assert.Equal(Enumerable.Range(0, 1_000), log.Numbers.Order());
    }

    [Fact]
    public async Task ReadOnlyCalls_Interleave_ButAWriteWaitsForThem()
    {
        var grain = silo.GrainFactory.GetGrain<IInterleaveGrain>(Guid.NewGuid().ToString("N"));
        var held = $"held-{Guid.NewGuid():N}";
        var free = $"free-{Guid.NewGuid():N}";
        silo.Probe.Gate(free).Release();

        var first = grain.ReadAsync(held);
        await silo.Probe.Gate(held).Entered.WaitAsync(Guard);
        var second = grain.ReadAsync(free);
        var write = grain.WriteAsync();

        await second.WaitAsync(Guard);
        Assert.False(first.IsCompleted);
        Assert.False(write.IsCompleted);

        silo.Probe.Gate(held).Release();
        await Task.WhenAll(first, write).WaitAsync(Guard);
        Assert.Equal<string>(
            [$"read {held} start", $"read {free} start", $"read {free} end", $"read {held} end", "write"],
            await grain.GetLogAsync());
    }

    [Fact]
    public async Task ReentrantGrain_StartsTheNextCall_WhileOneIsWaiting()
    {
        var grain = silo.GrainFactory.GetGrain<IReentrantGrain>(Guid.NewGuid().ToString("N"));
        var held = $"held-{Guid.NewGuid():N}";
        var free = $"free-{Guid.NewGuid():N}";
        silo.Probe.Gate(free).Release();

        var first = grain.WaitAsync(held);
        await silo.Probe.Gate(held).Entered.WaitAsync(Guard);

        Assert.Equal(free, await grain.WaitAsync(free).WaitAsync(Guard));
        Assert.False(first.IsCompleted);

        silo.Probe.Gate(held).Release();
        Assert.Equal(held, await first.WaitAsync(Guard));
    }

    [Fact]
    public async Task CallCycle_FailsWithTimeoutException_AfterTheResponseTimeout()
    {
        var timeout = silo.Service<IOptions<SiloMessagingOptions>>().Value.ResponseTimeout;
        Assert.Equal(TimeSpan.FromSeconds(30), timeout);
        var a = Guid.NewGuid().ToString("N");
        var b = Guid.NewGuid().ToString("N");

        // A calls B, B calls A back: A is still busy with its first call, so the cycle can only end by timing out.
        var cycle = silo.GrainFactory.GetGrain<ICycleGrain>(a).CallAsync([b, a]);
        await silo.Probe.Gate($"cycle:{b}").Entered.WaitAsync(Guard);
        Assert.False(cycle.IsCompleted);

        silo.Clock.Advance(timeout);

        var error = await Assert.ThrowsAsync<TimeoutException>(() => cycle.WaitAsync(Guard));
        Assert.Contains("call cycle", error.Message, StringComparison.Ordinal);

        // Once the waits have timed out, both grains serve calls again.
        silo.Clock.Advance(timeout);
        Assert.Equal(a, await silo.GrainFactory.GetGrain<ICycleGrain>(a).CallAsync([]).WaitAsync(Guard));
        Assert.Equal(b, await silo.GrainFactory.GetGrain<ICycleGrain>(b).CallAsync([]).WaitAsync(Guard));
    }
}
