namespace Netwerkbijeenkomst.Grains.Abstractions.Meetings;

/// <summary>The coordinator moved the meeting to another time, with a reason; invitees get a calendar update.</summary>
[GenerateSerializer]
[Alias("MeetingMoved")]
[Immutable]
public sealed record MeetingMoved(
    DateTimeOffset OldStartsAt, DateTimeOffset OldEndsAt, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Reason, string By, DateTimeOffset At)
    : MeetingEvent(By, At);

/// <summary>The meeting is held somewhere else, or online elsewhere; either may be null but not both.</summary>
[GenerateSerializer]
[Alias("MeetingPlaceChanged")]
[Immutable]
public sealed record MeetingPlaceChanged(string? Place, string? OnlineLink, string By, DateTimeOffset At) : MeetingEvent(By, At);
