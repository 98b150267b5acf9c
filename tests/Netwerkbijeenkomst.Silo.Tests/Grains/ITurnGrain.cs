using System.Collections.Immutable;

namespace Netwerkbijeenkomst.Silo.Tests.Grains;

/// <summary>Records the calls it receives and whether any two ever ran at the same time.</summary>
public interface ITurnGrain : IGrainWithGuidKey
{
    Task RecordAsync(int number);

    Task<TurnLog> GetLogAsync();
}

public sealed record TurnLog(ImmutableArray<int> Numbers, int Overlaps);
