using System.Collections.Immutable;

namespace Netwerkbijeenkomst.Grains.Abstractions.Meetings;

/// <summary>The coordinator's note on one agenda item in the draft minutes (what was decided); an empty note removes it.</summary>
[GenerateSerializer]
[Alias("MinutesNoteWritten")]
[Immutable]
public sealed record MinutesNoteWritten(Guid ItemId, string Note, string By, DateTimeOffset At) : MeetingEvent(By, At);

/// <summary>
/// The coordinator approved the minutes: from now on they are fixed, members read them and get them by mail.
/// <c>Recipients</c> are the active members and coordinators at approval, named once so that a replay mails the same people.
/// </summary>
[GenerateSerializer]
[Alias("MinutesApproved")]
[Immutable]
public sealed record MinutesApproved(ImmutableArray<string> Recipients, string By, DateTimeOffset At) : MeetingEvent(By, At);
