using Microsoft.Extensions.Options;
using Netwerkbijeenkomst.Silo.Persistence.EventSourcing;
using Netwerkbijeenkomst.Silo.Server.Configuration;
using Netwerkbijeenkomst.Silo.Tests.Grains;
using Netwerkbijeenkomst.Silo.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Silo.Tests;

[Collection(SharedSilo.Name)]
public sealed class VirtualActorTests(SiloFixture silo)
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task GetGrain_DoesNotActivate_UntilTheFirstCall()
    {
        var key = NewKey();
        var grain = silo.GrainFactory.GetGrain<IProbeGrain>(key);
        Assert.Equal(0, silo.Probe.Activations(key));

        await grain.PingAsync();

        Assert.Equal(1, silo.Probe.Activations(key));
    }

    [Fact]
    public async Task GuidAndStringKeys_ReachTheirOwnActivations()
    {
        var first = silo.GrainFactory.GetGrain<ITurnGrain>(Guid.NewGuid());
        var second = silo.GrainFactory.GetGrain<ITurnGrain>(Guid.NewGuid());
        await first.RecordAsync(1);

        Assert.Equal<int>([1], (await first.GetLogAsync()).Numbers);
        Assert.Empty((await second.GetLogAsync()).Numbers);
        Assert.NotEqual(
            await silo.GrainFactory.GetGrain<IProbeGrain>(NewKey()).PingAsync(),
            await silo.GrainFactory.GetGrain<IProbeGrain>(NewKey()).PingAsync());
    }

    [Fact]
    public async Task TenThousandConcurrentFirstCalls_CreateExactlyOneActivation()
    {
        var key = NewKey();
        var grain = silo.GrainFactory.GetGrain<IProbeGrain>(key);

        var ids = await Task.WhenAll(Enumerable.Range(0, 10_000).Select(_ => Task.Run(grain.PingAsync)));

        Assert.Equal(1, silo.Probe.Activations(key));
        Assert.Single(ids.Distinct());
    }

    [Fact]
    public async Task IdleGrain_IsDeactivatedAfterTheCollectionAge_AndReactivatesOnTheNextCall()
    {
        var age = silo.Service<IOptions<GrainCollectionOptions>>().Value.CollectionAge;
        Assert.Equal(TimeSpan.FromMinutes(15), age);
        var key = NewKey();
        var grain = silo.GrainFactory.GetGrain<IProbeGrain>(key);
        var first = await grain.PingAsync();

        silo.Clock.Advance(age - TimeSpan.FromMinutes(2));
        Assert.Equal(first, await grain.PingAsync());
        Assert.False(silo.Probe.DeactivatedAsync(key).IsCompleted);

        silo.Clock.Advance(age + TimeSpan.FromMinutes(1));
        Assert.Equal("ActivationIdle", await silo.Probe.DeactivatedAsync(key).WaitAsync(Guard));

        Assert.NotEqual(first, await grain.PingAsync());
        Assert.Equal(2, silo.Probe.Activations(key));
    }

    [Fact]
    public async Task JournaledGrain_HasItsStateLoaded_BeforeOnActivate()
    {
        var key = NewKey();
        await silo.Service<IEventStore>().AppendAsync<JournalEvent>($"journal/{key}", 0, [new NoteAdded("eerste"), new NoteAdded("tweede")]);

        var snapshot = await silo.GrainFactory.GetGrain<IJournalGrain>(key).GetAsync();

        Assert.Equal(2, snapshot.VersionAtActivation);
        Assert.Equal<string>(["eerste", "tweede"], snapshot.Notes);
    }

    private static string NewKey() => Guid.NewGuid().ToString("N");
}
