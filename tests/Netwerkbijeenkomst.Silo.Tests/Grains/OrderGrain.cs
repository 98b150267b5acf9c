using System.Collections.Immutable;
using Netwerkbijeenkomst.Silo.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Silo.Tests.Grains;

public sealed class OrderGrain(Probe probe) : Grain, IOrderGrain
{
    private readonly List<int> _numbers = [];

    public async Task HoldThenLeaveAsync()
    {
        await probe.Gate(this.GetPrimaryKeyString()).PassAsync();
        DeactivateOnIdle();
    }

    public Task RecordAsync(int number)
    {
        _numbers.Add(number);
        return Task.CompletedTask;
    }

    public Task<ImmutableArray<int>> GetAsync() => Task.FromResult<ImmutableArray<int>>([.. _numbers]);
}
