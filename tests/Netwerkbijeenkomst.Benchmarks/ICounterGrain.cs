namespace Netwerkbijeenkomst.Benchmarks;

/// <summary>A counter behind a grain reference.</summary>
public interface ICounterGrain : IGrainWithStringKey
{
    Task<int> AddAsync(int amount);
}
