using System.Collections.Immutable;

namespace Netwerkbijeenkomst.Silo.Tests.Grains;

/// <summary>Records numbers in the order its calls run, and can hold a turn at a gate before deactivating.</summary>
public interface IOrderGrain : IGrainWithStringKey
{
    /// <summary>Waits at the gate named by its key, then deactivates once this turn has ended.</summary>
    Task HoldThenLeaveAsync();

    Task RecordAsync(int number);

    Task<ImmutableArray<int>> GetAsync();
}
