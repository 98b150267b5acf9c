using Netwerkbijeenkomst.Grains.EventSourcing;

namespace Netwerkbijeenkomst.Benchmarks;

/// <summary>The domain grains' base class with the smallest possible rule, so the benchmark measures the commit path.</summary>
public sealed class TallyGrain : EventSourcedGrain<TallyState, BenchmarkEvent>, ITallyGrain
{
    public Task RecordAsync(string what, int count) => CommitAsync(new BenchmarkEvent(what, count));
}
