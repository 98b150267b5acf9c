using System.Collections.Immutable;

namespace Netwerkbijeenkomst.Grains.Abstractions.Meetings;

/// <summary>What an invitation, its calendar entry and its updates say about a meeting; for the web's after-commit mail.</summary>
[GenerateSerializer]
[Alias("MeetingInvitation")]
[Immutable]
public sealed record MeetingInvitation(
    Guid Id,
    string NetworkId,
    string Title,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    MeetingStatus Status,
    DateTimeOffset? PublishedAt,
    string? CancelReason,
    ImmutableArray<AgendaItem> Agenda,
    ImmutableDictionary<string, Rsvp> Rsvps,
    string? Place,
    string? OnlineLink,
    int CalendarSequence);
