using Netwerkbijeenkomst.Silo.Concurrency;
using Netwerkbijeenkomst.Silo.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Silo.Tests.Grains;

[Reentrant]
public sealed class ReentrantGrain(Probe probe) : Grain, IReentrantGrain
{
    public async Task<string> WaitAsync(string gate)
    {
        await probe.Gate(gate).PassAsync();
        return gate;
    }
}
