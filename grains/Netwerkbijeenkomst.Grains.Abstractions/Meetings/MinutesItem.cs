using System.Collections.Immutable;

namespace Netwerkbijeenkomst.Grains.Abstractions.Meetings;

/// <summary>
/// One agenda item in the minutes: for a case item the case's label (never its description), the advice, action points
/// and escalations about it, and the rounds of peer consultation held under it; for every item the coordinator's note.
/// </summary>
[GenerateSerializer]
[Alias("MinutesItem")]
[Immutable]
public sealed record MinutesItem(
    Guid ItemId,
    AgendaItemKind Kind,
    string Title,
    string? PresenterId,
    Guid? CaseId,
    string? CaseLabel,
    ImmutableArray<RecordedAdvice> Advice,
    ImmutableArray<RecordedActionPoint> ActionPoints,
    ImmutableArray<RecordedEscalation> Escalations,
    string? Note)
{
    /// <summary>The rounds of peer consultation started under this item, in the order they started (empty for minutes of older callers).</summary>
    [Id(20)]
    public ImmutableArray<MinutesRound> Rounds { get; init; } = [];
}
