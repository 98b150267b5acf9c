using System.Collections.Immutable;

namespace Netwerkbijeenkomst.Grains.Abstractions.Meetings;

/// <summary>
/// A round of peer consultation in the minutes, under its item: the presenter's question and reaction (null when not given),
/// the clarifying questions and advice with their authors, who let their turn go by, and which advice the chair chose
/// (<see cref="ChosenEntryIds"/>; the advice recorded from them is also in the item's advice). An erased text is empty.
/// </summary>
[GenerateSerializer]
[Alias("MinutesRound")]
[Immutable]
public sealed record MinutesRound(
    Guid RoundId,
    string PresenterId,
    bool Closed,
    string? Question,
    ImmutableArray<RoundEntry> ClarifyingQuestions,
    ImmutableArray<RoundEntry> Advice,
    ImmutableArray<RoundPass> Passes,
    string? Reaction,
    ImmutableArray<Guid> ChosenEntryIds);
