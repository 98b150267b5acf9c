using System.Collections.Immutable;

namespace Netwerkbijeenkomst.Silo.Tests.Grains;

/// <summary>Read-only calls that can be held at a gate, and a write, logging when each starts and ends.</summary>
public interface IInterleaveGrain : IGrainWithStringKey
{
    [Concurrency.ReadOnly]
    Task ReadAsync(string gate);

    Task WriteAsync();

    [Concurrency.ReadOnly]
    Task<ImmutableArray<string>> GetLogAsync();
}
