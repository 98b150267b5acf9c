using System.Collections.Immutable;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;

namespace Netwerkbijeenkomst.Grains.Abstractions.Meetings;

/// <summary>What happened in a meeting.</summary>
public abstract record MeetingEvent(string By, DateTimeOffset At);

public sealed record MeetingPlanned(string NetworkId, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string By, DateTimeOffset At) : MeetingEvent(By, At);

public sealed record DraftAgendaAssembled(
    ImmutableArray<AgendaItem> Agenda, ImmutableArray<ActionPoint> CarriedOverActionPoints, ImmutableArray<TrackedEscalation> CarriedOverEscalations, string By, DateTimeOffset At)
    : MeetingEvent(By, At);

public sealed record AgendaItemAdded(AgendaItem Item, string By, DateTimeOffset At) : MeetingEvent(By, At);

public sealed record AgendaItemRemoved(Guid ItemId, string By, DateTimeOffset At) : MeetingEvent(By, At);

public sealed record AgendaItemMoved(Guid ItemId, int Position, string By, DateTimeOffset At) : MeetingEvent(By, At);

public sealed record MeetingPublished(string By, DateTimeOffset At) : MeetingEvent(By, At);

public sealed record MeetingStarted(string By, DateTimeOffset At) : MeetingEvent(By, At);

public sealed record MeetingClosed(string By, DateTimeOffset At) : MeetingEvent(By, At);

public sealed record MeetingCancelled(string Reason, string By, DateTimeOffset At) : MeetingEvent(By, At);

public sealed record RsvpGiven(Rsvp Response, string By, DateTimeOffset At) : MeetingEvent(By, At);

public sealed record AttendeeJoined(string By, DateTimeOffset At) : MeetingEvent(By, At);

public sealed record AttendeeLeft(string By, DateTimeOffset At) : MeetingEvent(By, At);

public sealed record AgendaItemAdvanced(int Index, string By, DateTimeOffset At) : MeetingEvent(By, At);

public sealed record ContributionPosted(Contribution Contribution, string By, DateTimeOffset At) : MeetingEvent(By, At);

public sealed record HandRaised(string By, DateTimeOffset At) : MeetingEvent(By, At);

public sealed record HandLowered(string UserId, string By, DateTimeOffset At) : MeetingEvent(By, At);

public sealed record FloorGiven(string UserId, string By, DateTimeOffset At) : MeetingEvent(By, At);

public sealed record AdviceRecorded(Guid CaseId, string Advice, string NextSteps, string By, DateTimeOffset At) : MeetingEvent(By, At);

public sealed record ActionPointRecorded(RecordedActionPoint ActionPoint, string By, DateTimeOffset At) : MeetingEvent(By, At);

public sealed record EscalationRecorded(RecordedEscalation Escalation, string By, DateTimeOffset At) : MeetingEvent(By, At);
