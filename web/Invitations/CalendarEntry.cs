namespace Netwerkbijeenkomst.Web.Invitations;

/// <summary>A meeting as a calendar shows it; <see cref="Sequence"/> rises with every change people must see (RFC 5545 SEQUENCE).</summary>
public sealed record CalendarEntry(
    Guid MeetingId,
    string Title,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string? Location,
    string Description,
    Uri Url,
    int Sequence,
    bool Cancelled,
    DateTimeOffset Stamp);
