using System.Collections.Immutable;

namespace Netwerkbijeenkomst.Grains.Abstractions.Networks;

/// <summary>How an action point ended. Stored as a number: add members at the end only.</summary>
[GenerateSerializer]
[Alias("ActionPointOutcome")]
public enum ActionPointOutcome
{
    Done,
    NotDone,
    NoLongerNeeded,
}

/// <summary>One move of an action point's due date, dated and attributed, with the reason.</summary>
[GenerateSerializer]
[Alias("DueDateMove")]
[Immutable]
public sealed record DueDateMove(DateOnly From, DateOnly To, string Reason, string By, DateTimeOffset At);

/// <summary>How and when an action point was settled; <see cref="Note"/> is empty for the older complete and cancel.</summary>
[GenerateSerializer]
[Alias("ActionPointClosing")]
[Immutable]
public sealed record ActionPointClosing(ActionPointOutcome Outcome, string? Note, string By, DateTimeOffset At);

/// <summary>An action point with its history, for the network's overview: the label of its case, the due-date moves, how it ended.</summary>
[GenerateSerializer]
[Alias("ActionPointRecord")]
[Immutable]
public sealed record ActionPointRecord(ActionPoint Point, string? CaseLabel, ImmutableArray<DueDateMove> Moves, ActionPointClosing? Closing);
