using System.Collections.Concurrent;
using System.Collections.Immutable;
using Netwerkbijeenkomst.Silo.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Silo.Tests.Grains;

public sealed class InterleaveGrain(Probe probe) : Grain, IInterleaveGrain
{
    private readonly ConcurrentQueue<string> _log = new();

    public async Task ReadAsync(string gate)
    {
        _log.Enqueue($"read {gate} start");
        await probe.Gate(gate).PassAsync();
        _log.Enqueue($"read {gate} end");
    }

    public Task WriteAsync()
    {
        _log.Enqueue("write");
        return Task.CompletedTask;
    }

    public Task<ImmutableArray<string>> GetLogAsync() => Task.FromResult<ImmutableArray<string>>([.. _log]);
}
