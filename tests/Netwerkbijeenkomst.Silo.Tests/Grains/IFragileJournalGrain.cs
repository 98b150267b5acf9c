using System.Collections.Immutable;

namespace Netwerkbijeenkomst.Silo.Tests.Grains;

/// <summary>A journal whose storage read fails at the gate "read:{key}", if the test set one and failed it.</summary>
public interface IFragileJournalGrain : IGrainWithStringKey
{
    Task AddAsync(string text);

    /// <summary>Raises the event, then fails the turn.</summary>
    Task AddThenFailAsync(string text);

    Task<ImmutableArray<string>> GetNotesAsync();

    Task<int> GetVersionAsync();
}
