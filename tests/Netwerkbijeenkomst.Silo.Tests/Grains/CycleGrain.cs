using System.Collections.Immutable;
using Netwerkbijeenkomst.Silo.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Silo.Tests.Grains;

public sealed class CycleGrain(Probe probe) : Grain, ICycleGrain
{
    public async Task<string> CallAsync(ImmutableArray<string> path)
    {
        if (path.IsEmpty)
        {
            return this.GetPrimaryKeyString();
        }

        _ = probe.Gate($"cycle:{this.GetPrimaryKeyString()}").PassAsync();
        return await GrainFactory.GetGrain<ICycleGrain>(path[0]).CallAsync(path[1..]);
    }
}
