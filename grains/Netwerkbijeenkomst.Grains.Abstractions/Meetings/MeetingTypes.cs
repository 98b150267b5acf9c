using System.Collections.Immutable;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;

namespace Netwerkbijeenkomst.Grains.Abstractions.Meetings;

/// <summary>concept → published → started → closed, or cancelled before it starts.</summary>
[GenerateSerializer]
[Alias("MeetingStatus")]
public enum MeetingStatus
{
    Concept,
    Published,
    Started,
    Closed,
    Cancelled,
}

/// <summary>The parts of a monthly meeting, in their usual order (domain.md).</summary>
[GenerateSerializer]
[Alias("AgendaItemKind")]
public enum AgendaItemKind
{
    Opening,
    Announcements,
    ActionPointsLastTime,
    Case,
    Theme,
    AnyOtherBusiness,
    Closing,
}

[GenerateSerializer]
[Alias("Rsvp")]
public enum Rsvp
{
    Yes,
    No,
    Maybe,
}

[GenerateSerializer]
[Alias("ContributionKind")]
public enum ContributionKind
{
    Question,
    Advice,
    Remark,
}

/// <summary>An item of the agenda, presented by a member (<see cref="PresenterId"/>) or a <see cref="Guest"/>, or by no one in particular.</summary>
[GenerateSerializer]
[Alias("AgendaItem")]
[Immutable]
public sealed record AgendaItem(Guid Id, AgendaItemKind Kind, string Title, int PlannedMinutes, string? PresenterId, Guid? CaseId, AgendaGuest? Guest = null);

/// <summary>A contribution in the live room; <see cref="CaseId"/> is the case it is about (so retention finds it), if any.</summary>
[GenerateSerializer]
[Alias("Contribution")]
[Immutable]
public sealed record Contribution(Guid Id, Guid AgendaItemId, string AuthorId, ContributionKind Kind, string Text, DateTimeOffset At, Guid? CaseId = null);

[GenerateSerializer]
[Alias("RecordedAdvice")]
[Immutable]
public sealed record RecordedAdvice(Guid Id, Guid CaseId, string Advice, string NextSteps, DateTimeOffset At);

[GenerateSerializer]
[Alias("RecordedActionPoint")]
[Immutable]
public sealed record RecordedActionPoint(Guid Id, string Description, string OwnerId, DateOnly Due, Guid? CaseId);

[GenerateSerializer]
[Alias("RecordedEscalation")]
[Immutable]
public sealed record RecordedEscalation(Guid EscalationId, Guid CaseId, string InstitutionId, string ContactPersonId, string Reason, Urgency Urgency);

/// <summary>
/// A meeting as it stands after <see cref="Version"/> events: live clients resume from that sequence number.
/// <see cref="CalendarSequence"/> rises with every change of time or place (and the cancellation): the iCalendar SEQUENCE.
/// </summary>
[GenerateSerializer]
[Alias("MeetingView")]
[Immutable]
public sealed record MeetingView(
    Guid Id,
    string NetworkId,
    string Title,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    MeetingStatus Status,
    string? CancelReason,
    ImmutableArray<AgendaItem> Agenda,
    ImmutableArray<ActionPoint> CarriedOverActionPoints,
    ImmutableArray<TrackedEscalation> CarriedOverEscalations,
    ImmutableDictionary<string, Rsvp> Rsvps,
    ImmutableArray<string> Present,
    int? CurrentItem,
    ImmutableArray<Contribution> Contributions,
    ImmutableArray<string> Hands,
    string? Floor,
    ImmutableArray<RecordedAdvice> Advice,
    ImmutableArray<RecordedActionPoint> ActionPoints,
    ImmutableArray<RecordedEscalation> Escalations,
    int Version,
    string? Place = null,
    string? OnlineLink = null,
    int CalendarSequence = 0,
    DateTimeOffset? MinutesApprovedAt = null)
{
    /// <summary><see cref="Present"/> with its order among the presence changes the grain pushes.</summary>
    [Id(100)]
    public MeetingPresence Presence { get; init; } = MeetingPresence.None;
}

/// <summary>Advice and next steps for one case discussed in the meeting.</summary>
[GenerateSerializer]
[Alias("CaseMinutes")]
[Immutable]
public sealed record CaseMinutes(Guid CaseId, string Title, ImmutableArray<RecordedAdvice> Advice, ImmutableArray<RecordedEscalation> Escalations);

/// <summary>
/// The structured record of a closed meeting, built from its events: a draft until the coordinator approves it
/// (<see cref="ApprovedAt"/>), then fixed. <see cref="Items"/> follows the agenda; <see cref="SentRegrets"/> said no and did not come.
/// </summary>
[GenerateSerializer]
[Alias("Minutes")]
[Immutable]
public sealed record Minutes(
    Guid MeetingId,
    string NetworkId,
    string Title,
    DateTimeOffset StartsAt,
    ImmutableArray<string> Attendees,
    ImmutableArray<AgendaItem> Agenda,
    ImmutableArray<CaseMinutes> Cases,
    ImmutableArray<RecordedActionPoint> ActionPoints,
    ImmutableArray<RecordedEscalation> Escalations,
    ImmutableArray<MinutesItem> Items,
    ImmutableArray<string> SentRegrets,
    string? ApprovedBy,
    DateTimeOffset? ApprovedAt);
