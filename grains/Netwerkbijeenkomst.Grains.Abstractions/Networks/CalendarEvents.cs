using System.Collections.Immutable;

namespace Netwerkbijeenkomst.Grains.Abstractions.Networks;

/// <summary>A meeting of the network was planned, moved, published, started, closed or cancelled: its calendar entry as it is now.</summary>
[GenerateSerializer]
[Alias("MeetingCalendarUpdated")]
[Immutable]
public sealed record MeetingCalendarUpdated(ScheduledMeeting Meeting, string By, DateTimeOffset At) : NetworkEvent(By, At);

/// <summary>
/// Submitted cases go to another meeting: waiting ones to a meeting just planned, or a cancelled meeting's to the next one
/// (<see cref="MeetingId"/> null: none is planned, they wait). <see cref="FromMeetingId"/> is the cancelled meeting, if any.
/// </summary>
[GenerateSerializer]
[Alias("CaseSubmissionsAssigned")]
[Immutable]
public sealed record CaseSubmissionsAssigned(ImmutableArray<Guid> CaseIds, Guid? MeetingId, Guid? FromMeetingId, string By, DateTimeOffset At) : NetworkEvent(By, At);
