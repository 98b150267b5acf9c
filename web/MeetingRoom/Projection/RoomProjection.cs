using System.Collections.Immutable;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.EventSourcing;
using Netwerkbijeenkomst.Web.MeetingRoom.Contract;

namespace Netwerkbijeenkomst.Web.MeetingRoom.Projection;

/// <summary>
/// The live room as a pure fold of the meeting's events, by the meeting grain's own rules (MeetingState): each event gives
/// the room after it and exactly one message with the whole new value of every part it changed. The page's first state,
/// Join's answer and every pushed message come from here, so the browser never re-derives a rule.
/// </summary>
public static partial class RoomProjection
{
    /// <summary>The room before the meeting's first event.</summary>
    public static RoomState Empty { get; } = new(
        0,
        new RoomMeeting("", MeetingStatus.Concept),
        new RoomAgenda([], null, null, []),
        new RoomAttendance([], null),
        [], [], [], [], [],
        RoomPresent.None);

    /// <summary>The room after <paramref name="events"/>, which follow <paramref name="from"/> in the meeting's stream.</summary>
    public static RoomState Fold(RoomState from, IEnumerable<CommittedEvent<MeetingEvent>> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        return events.Aggregate(from, (state, committed) => Apply(state, committed.Sequence, committed.Event).State);
    }

    /// <summary>Applies the event with number <paramref name="sequence"/> to the room as it stood after the one before.</summary>
    public static RoomUpdate Apply(RoomState before, int sequence, MeetingEvent @event)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(@event);
        var at = @event.At;
        var state = before with { Sequence = sequence };
        switch (@event)
        {
            case MeetingPlanned e:
                return MeetingChanged(state with { Meeting = new RoomMeeting(e.Title, MeetingStatus.Concept) }, at);
            case MeetingPublished:
                return MeetingChanged(state with { Meeting = state.Meeting with { Status = MeetingStatus.Published } }, at);
            case MeetingStarted:
                return MeetingChanged(Started(state, at), at);
            case MeetingClosed:
                return MeetingChanged(Closed(state, at), at);
            case MeetingCancelled:
                return MeetingChanged(state with { Meeting = state.Meeting with { Status = MeetingStatus.Cancelled } }, at);
            case DraftAgendaAssembled e:
                return AgendaChanged(WithItems(state, [.. e.Agenda.Select(RoomMapping.Item)]), at);
            case AgendaItemAdded e:
                return AgendaChanged(WithItems(state, state.Agenda.Items.Add(RoomMapping.Item(e.Item))), at);
            case AgendaItemRemoved e:
                return AgendaChanged(WithItems(state, state.Agenda.Items.RemoveAll(i => i.Id == e.ItemId)), at);
            case AgendaItemMoved e:
                var moved = state.Agenda.Items.Single(i => i.Id == e.ItemId);
                return AgendaChanged(WithItems(state, state.Agenda.Items.Remove(moved).Insert(e.Position, moved)), at);
            case AgendaItemEdited e:
                var edited = state.Agenda.Items.Single(i => i.Id == e.Item.Id);
                return AgendaChanged(WithItems(state, state.Agenda.Items.Replace(edited, RoomMapping.Item(e.Item))), at);
            case AgendaItemAdvanced e:
                return AgendaChanged(Advanced(state, e.Index, at), at);
            case HandRaised e:
                return AttendanceChanged(state, state.Attendance with { Hands = state.Attendance.Hands.Add(e.By) }, at);
            case HandLowered e:
                return AttendanceChanged(state, state.Attendance with { Hands = state.Attendance.Hands.Remove(e.UserId) }, at);
            case FloorGiven e:
                return AttendanceChanged(state, state.Attendance with { Hands = state.Attendance.Hands.Remove(e.UserId), Floor = e.UserId }, at);
            case FloorTakenBack:
                return AttendanceChanged(state, state.Attendance with { Floor = null }, at);
            case ContributionPosted e:
                var contribution = RoomMapping.Contribution(e.Contribution);
                return new(state with { Contributions = state.Contributions.Add(contribution) }, new ContributionAdded(sequence, at, contribution));
            case AdviceRecorded e:
                var advice = new RoomAdvice(e.AdviceId, e.CaseId, e.Advice, e.NextSteps, e.At);
                return new(state with { Advice = state.Advice.Add(advice) }, new AdviceAdded(sequence, at, advice));
            case ActionPointRecorded e:
                var actionPoint = RoomMapping.ActionPoint(e.ActionPoint);
                return new(state with { ActionPoints = state.ActionPoints.Add(actionPoint) }, new ActionPointAdded(sequence, at, actionPoint));
            case EscalationRecorded e:
                var escalation = RoomMapping.Escalation(e.Escalation);
                return new(state with { Escalations = state.Escalations.Add(escalation) }, new EscalationAdded(sequence, at, escalation));
            case RoundStarted or RoundPhaseStarted or RoundEntryPosted or RoundTurnPassed or RoundClosed:
                return RoundChanged(state, @event, at);
            case MeetingMoved or MeetingPlaceChanged or AgendaChangesAnnounced or RsvpGiven
                or MinutesNoteWritten or MinutesApproved or AttendanceReminderDue
                // Attendance, not presence: who is in the room comes from the meeting grain (PresenceChanged), not from events.
                or AttendeeJoined or AttendeeLeft:
                return new(state, new SequenceAdvanced(sequence, at));
            default:
                throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name, "Unknown meeting event.");
        }
    }

    private static RoomUpdate MeetingChanged(RoomState state, DateTimeOffset at) =>
        new(state, new MeetingChanged(state.Sequence, at, state.Meeting, state.Agenda, state.Attendance));

    private static RoomUpdate AgendaChanged(RoomState state, DateTimeOffset at) =>
        new(state, new AgendaChanged(state.Sequence, at, state.Agenda, state.Attendance));

    private static RoomUpdate AttendanceChanged(RoomState state, RoomAttendance attendance, DateTimeOffset at) =>
        new(state with { Attendance = attendance }, new AttendanceChanged(state.Sequence, at, attendance));

    private static RoomState WithItems(RoomState state, ImmutableArray<RoomAgendaItem> items) =>
        state with { Agenda = state.Agenda with { Items = items } };
}
