using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Web.MeetingRoom.Contract;

namespace Netwerkbijeenkomst.Web.MeetingRoom.Projection;

/// <summary>The meeting's own records as the room's: the same facts under the contract's names, and nothing the room does not show.</summary>
internal static class RoomMapping
{
    public static RoomAgendaItem Item(AgendaItem item) =>
        new(item.Id, item.Kind, item.Title, item.PlannedMinutes, item.PresenterId, item.CaseId, item.Guest?.Name);

    public static RoomContribution Contribution(Contribution c) => new(c.Id, c.AgendaItemId, c.AuthorId, c.Kind, c.Text, c.At, c.CaseId);

    public static RoomActionPoint ActionPoint(RecordedActionPoint a) => new(a.Id, a.Description, a.OwnerId, a.Due, a.CaseId);

    public static RoomEscalation Escalation(RecordedEscalation e) =>
        new(e.EscalationId, e.CaseId, e.InstitutionId, e.ContactPersonId, e.Reason, e.Urgency);

    public static RoomRound Round(PeerRound r) => new(
        r.Id, r.ItemId, r.CaseId, r.PresenterId, r.Order, r.Phase, r.PhaseMinutes, r.PhaseSince, r.Turn,
        [.. r.Entries.Select(e => new RoomRoundEntry(e.Id, e.Phase, e.AuthorId, e.Text, e.At))],
        [.. r.Passes.Select(p => new RoomRoundPass(p.Phase, p.UserId))],
        r.Closed,
        r.ChosenEntryIds);

    // The room keeps no advice id of a round (its AdviceAdded names the advice); the turn rule does not need it.
    public static PeerRound PeerRound(RoomRound r) => new(
        r.Id, r.ItemId, r.CaseId, r.PresenterId, r.Order, r.Phase, r.PhaseMinutes, r.PhaseSince,
        [.. r.Entries.Select(e => new RoundEntry(e.Id, e.Phase, e.AuthorId, e.Text, e.At))],
        [.. r.Passes.Select(p => new RoundPass(p.Phase, p.UserId))],
        r.Closed,
        r.ChosenEntryIds,
        null);
}
