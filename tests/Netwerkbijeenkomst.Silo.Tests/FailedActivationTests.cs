using Netwerkbijeenkomst.Silo.Tests.Grains;
using Netwerkbijeenkomst.Silo.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Silo.Tests;

[Collection(SharedSilo.Name)]
public sealed class FailedActivationTests(SiloFixture silo)
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task FailedActivation_RejectsEveryQueuedCall_AndTheNextCallActivatesAfresh()
    {
        var key = Guid.NewGuid().ToString("N");
        var gate = silo.Probe.Gate(key);
        var grain = silo.GrainFactory.GetGrain<IFlakyGrain>(key);

        var first = grain.HelloAsync();
        await gate.Entered.WaitAsync(Guard);
        var queued = Enumerable.Range(0, 10).Select(_ => grain.HelloAsync()).ToArray();

        gate.Fail(new InvalidOperationException("Activering mislukt."));

        foreach (var call in queued.Prepend(first))
        {
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => call.WaitAsync(Guard));
            Assert.Equal("Activering mislukt.", error.Message);
        }

        Assert.Equal("hallo", await grain.HelloAsync().WaitAsync(Guard));
        Assert.Equal(2, silo.Probe.Activations(key));
    }
}
