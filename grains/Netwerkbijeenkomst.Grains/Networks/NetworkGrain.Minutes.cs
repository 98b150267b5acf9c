using System.Collections.Immutable;

namespace Netwerkbijeenkomst.Grains.Networks;

/// <summary>What the minutes ask of the network.</summary>
public sealed partial class NetworkGrain
{
    // Asked of the network, not of each case: a case calls its meetings when its texts are erased, so a meeting must not call a case while reading.
    public Task<ImmutableDictionary<Guid, string>> GetCaseLabelsAsync(ImmutableArray<Guid> caseIds) =>
        Task.FromResult(caseIds
            .Distinct()
            .Where(State.CaseLabels.ContainsKey)
            .ToImmutableDictionary(id => id, id => State.CaseLabels[id]));
}
