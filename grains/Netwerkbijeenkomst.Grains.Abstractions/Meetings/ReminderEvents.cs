using System.Collections.Immutable;

namespace Netwerkbijeenkomst.Grains.Abstractions.Meetings;

/// <summary>
/// The published meeting starts within 48 hours: <see cref="Attending"/> (who answered yes or maybe) get a reminder,
/// <see cref="Unanswered"/> (active members who did not answer; never a coordinator) a nudge to answer. Committed
/// once per <see cref="StartsAt"/>, so a meeting moved to a new start gets one again.
/// </summary>
[GenerateSerializer]
[Alias("AttendanceReminderDue")]
[Immutable]
public sealed record AttendanceReminderDue(
    DateTimeOffset StartsAt, ImmutableArray<string> Attending, ImmutableArray<string> Unanswered, string By, DateTimeOffset At) : MeetingEvent(By, At);
