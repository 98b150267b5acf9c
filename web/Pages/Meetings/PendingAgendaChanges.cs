using System.Collections.Immutable;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Web.Agenda;

namespace Netwerkbijeenkomst.Web.Pages.Meetings;

/// <summary>What _AgendaChanges shows: the changes the invitees have not been sent, and the button that sends them.</summary>
public sealed record PendingAgendaChanges(Guid MeetingId, ImmutableArray<AgendaChange> Changes, AgendaPeople People, Guid AnnouncementId);
