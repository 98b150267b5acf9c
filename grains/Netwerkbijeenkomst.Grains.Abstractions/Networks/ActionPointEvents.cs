namespace Netwerkbijeenkomst.Grains.Abstractions.Networks;

/// <summary>The coordinator rewrote what the action point asks; the text is the network's, privacy-checked once.</summary>
[GenerateSerializer]
[Alias("ActionPointEdited")]
[Immutable]
public sealed record ActionPointEdited(Guid ActionPointId, string Description, string By, DateTimeOffset At) : NetworkEvent(By, At);

[GenerateSerializer]
[Alias("ActionPointReassigned")]
[Immutable]
public sealed record ActionPointReassigned(Guid ActionPointId, string OwnerId, string By, DateTimeOffset At) : NetworkEvent(By, At);

/// <summary>The due date moved from <see cref="From"/> to <see cref="To"/>, with why: each move stays in the history.</summary>
[GenerateSerializer]
[Alias("ActionPointDueDateMoved")]
[Immutable]
public sealed record ActionPointDueDateMoved(Guid ActionPointId, DateOnly From, DateOnly To, string Reason, string By, DateTimeOffset At) : NetworkEvent(By, At);

/// <summary>The action point is settled with an outcome and perhaps a note.</summary>
[GenerateSerializer]
[Alias("ActionPointClosed")]
[Immutable]
public sealed record ActionPointClosed(Guid ActionPointId, ActionPointOutcome Outcome, string? Note, string By, DateTimeOffset At) : NetworkEvent(By, At);
