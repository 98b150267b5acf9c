namespace Netwerkbijeenkomst.Benchmarks;

/// <summary>Forwards to a plain <see cref="Counter"/>, so the grain benchmarks measure only the call path.</summary>
public sealed class CounterGrain : Grain, ICounterGrain
{
    private readonly Counter _counter = new();

    public Task<int> AddAsync(int amount) => _counter.AddAsync(amount);
}
