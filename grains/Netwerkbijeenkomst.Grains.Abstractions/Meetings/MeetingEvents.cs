using System.Collections.Immutable;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;

namespace Netwerkbijeenkomst.Grains.Abstractions.Meetings;

/// <summary>What happened in a meeting.</summary>
[GenerateSerializer]
[Alias("MeetingEvent")]
public abstract record MeetingEvent(string By, DateTimeOffset At);

/// <summary>A new meeting, at the place and/or online link of the network's rule (absent in meetings planned before places existed).</summary>
[GenerateSerializer]
[Alias("MeetingPlanned")]
[Immutable]
public sealed record MeetingPlanned(string NetworkId, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string By, DateTimeOffset At) : MeetingEvent(By, At)
{
    [Id(10)]
    public string? Place { get; init; }

    [Id(11)]
    public string? OnlineLink { get; init; }
}

[GenerateSerializer]
[Alias("DraftAgendaAssembled")]
[Immutable]
public sealed record DraftAgendaAssembled(
    ImmutableArray<AgendaItem> Agenda, ImmutableArray<ActionPoint> CarriedOverActionPoints, ImmutableArray<TrackedEscalation> CarriedOverEscalations, string By, DateTimeOffset At)
    : MeetingEvent(By, At);

[GenerateSerializer]
[Alias("AgendaItemAdded")]
[Immutable]
public sealed record AgendaItemAdded(AgendaItem Item, string By, DateTimeOffset At) : MeetingEvent(By, At);

[GenerateSerializer]
[Alias("AgendaItemRemoved")]
[Immutable]
public sealed record AgendaItemRemoved(Guid ItemId, string By, DateTimeOffset At) : MeetingEvent(By, At);

[GenerateSerializer]
[Alias("AgendaItemMoved")]
[Immutable]
public sealed record AgendaItemMoved(Guid ItemId, int Position, string By, DateTimeOffset At) : MeetingEvent(By, At);

[GenerateSerializer]
[Alias("MeetingPublished")]
[Immutable]
public sealed record MeetingPublished(string By, DateTimeOffset At) : MeetingEvent(By, At);

/// <summary>The coordinator started the meeting; <see cref="OverrideDay"/> when they confirmed starting on another day than the meeting's.</summary>
[GenerateSerializer]
[Alias("MeetingStarted")]
[Immutable]
public sealed record MeetingStarted(string By, DateTimeOffset At) : MeetingEvent(By, At)
{
    [Id(10)]
    public bool OverrideDay { get; init; }
}

[GenerateSerializer]
[Alias("MeetingClosed")]
[Immutable]
public sealed record MeetingClosed(string By, DateTimeOffset At) : MeetingEvent(By, At);

[GenerateSerializer]
[Alias("MeetingCancelled")]
[Immutable]
public sealed record MeetingCancelled(string Reason, string By, DateTimeOffset At) : MeetingEvent(By, At);

[GenerateSerializer]
[Alias("RsvpGiven")]
[Immutable]
public sealed record RsvpGiven(Rsvp Response, string By, DateTimeOffset At) : MeetingEvent(By, At);

[GenerateSerializer]
[Alias("AttendeeJoined")]
[Immutable]
public sealed record AttendeeJoined(string By, DateTimeOffset At) : MeetingEvent(By, At)
{
    /// <summary>The web node whose connection brought them in; written by streams from before presence moved into memory (issue 16), no longer read or written.</summary>
    [Id(10)]
    public string? Node { get; init; }
}

/// <summary>Only in streams from before presence moved into memory (issue 16): folded as nothing, attendance stays.</summary>
[GenerateSerializer]
[Alias("AttendeeLeft")]
[Immutable]
public sealed record AttendeeLeft(string By, DateTimeOffset At) : MeetingEvent(By, At);

[GenerateSerializer]
[Alias("AgendaItemAdvanced")]
[Immutable]
public sealed record AgendaItemAdvanced(int Index, string By, DateTimeOffset At) : MeetingEvent(By, At);

[GenerateSerializer]
[Alias("ContributionPosted")]
[Immutable]
public sealed record ContributionPosted(Contribution Contribution, string By, DateTimeOffset At) : MeetingEvent(By, At);

[GenerateSerializer]
[Alias("HandRaised")]
[Immutable]
public sealed record HandRaised(string By, DateTimeOffset At) : MeetingEvent(By, At);

[GenerateSerializer]
[Alias("HandLowered")]
[Immutable]
public sealed record HandLowered(string UserId, string By, DateTimeOffset At) : MeetingEvent(By, At);

[GenerateSerializer]
[Alias("FloorGiven")]
[Immutable]
public sealed record FloorGiven(string UserId, string By, DateTimeOffset At) : MeetingEvent(By, At);

[GenerateSerializer]
[Alias("AdviceRecorded")]
[Immutable]
public sealed record AdviceRecorded(Guid AdviceId, Guid CaseId, string Advice, string NextSteps, string By, DateTimeOffset At) : MeetingEvent(By, At);

[GenerateSerializer]
[Alias("ActionPointRecorded")]
[Immutable]
public sealed record ActionPointRecorded(RecordedActionPoint ActionPoint, string By, DateTimeOffset At) : MeetingEvent(By, At);

[GenerateSerializer]
[Alias("EscalationRecorded")]
[Immutable]
public sealed record EscalationRecorded(RecordedEscalation Escalation, string By, DateTimeOffset At) : MeetingEvent(By, At);
