using System.Collections.Immutable;

namespace Netwerkbijeenkomst.Grains.Abstractions.Meetings;

[GenerateSerializer]
[Alias("AgendaItemEdited")]
[Immutable]
public sealed record AgendaItemEdited(AgendaItem Item, string By, DateTimeOffset At) : MeetingEvent(By, At);

/// <summary>
/// The coordinator told the invitees what changed on the published agenda since publication or the last announcement;
/// the invitation mailer turns it into "wat is er veranderd" with an updated calendar.
/// </summary>
[GenerateSerializer]
[Alias("AgendaChangesAnnounced")]
[Immutable]
public sealed record AgendaChangesAnnounced(Guid AnnouncementId, ImmutableArray<AgendaChange> Changes, string By, DateTimeOffset At) : MeetingEvent(By, At);
