using Netwerkbijeenkomst.Silo;

namespace Netwerkbijeenkomst.Benchmarks;

public sealed class CounterGrain : Grain, ICounterGrain
{
    private readonly Counter _counter = new();

    public Task<int> AddAsync(int amount) => _counter.AddAsync(amount);
}
