namespace Netwerkbijeenkomst.Benchmarks;

/// <summary>The method both benchmarks call: directly on a plain object, or through a grain that holds one.</summary>
public sealed class Counter
{
    private int _value;

    public Task<int> AddAsync(int amount) => Task.FromResult(_value += amount);
}
