using System.Runtime.CompilerServices;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Web.MeetingRoom.Contract;
using Netwerkbijeenkomst.Web.MeetingRoom.Projection;

namespace Netwerkbijeenkomst.Web.Tests.MeetingRoom;

/// <summary>The room's fold keeps the meeting grain's rules, and knows every meeting event.</summary>
public sealed class RoomProjectionTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 10, 18, 30, 0, TimeSpan.Zero);
    private static readonly Guid Opening = Guid.NewGuid();
    private static readonly Guid CaseItem = Guid.NewGuid();

    [Fact]
    public void EveryMeetingEvent_HasItsMessage()
    {
        var kinds = typeof(MeetingEvent).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(MeetingEvent)) && !t.IsAbstract).ToList();

        Assert.NotEmpty(kinds);
        foreach (var kind in kinds)
        {
            // An empty instance may trip over its missing fields, but never over the switch not knowing its type.
            var @event = (MeetingEvent)RuntimeHelpers.GetUninitializedObject(kind);
            var unknown = Record.Exception(() => RoomProjection.Apply(RoomProjection.Empty, 1, @event)) is ArgumentOutOfRangeException { ParamName: "event" };
            Assert.False(unknown, $"{kind.Name} has no case in RoomProjection.Apply.");
        }
    }

    [Fact]
    public void AnotherItem_LowersTheHands_FreesTheFloor_AndAddsTheTimeTheItemRan()
    {
        var room = Started();
        room = Apply(room, new HandRaised("lid-1", T0), new FloorGiven("lid-2", "chair", T0), new AgendaItemAdvanced(1, "chair", T0.AddMinutes(4)));

        var update = RoomProjection.Apply(room, room.Sequence + 1, new AgendaItemAdvanced(0, "chair", T0.AddMinutes(10)));

        var changed = Assert.IsType<AgendaChanged>(update.Message);
        Assert.Empty(changed.Attendance.Hands);
        Assert.Null(changed.Attendance.Floor);
        Assert.Equal(0, changed.Agenda.Current);
        Assert.Equal(T0.AddMinutes(10), changed.Agenda.CurrentSince);
        Assert.Equal([new RoomItemTime(Opening, 240_000), new RoomItemTime(CaseItem, 360_000)], changed.Agenda.Used.ToArray());
    }

    [Fact]
    public void AnOldStreamsLeave_OnlyAdvancesTheSequence_HandsAndTheFloorStay_TheFloorLowersItsOwnersHand()
    {
        var room = Apply(Started(), new AttendeeJoined("lid-1", T0), new HandRaised("lid-1", T0), new HandRaised("lid-2", T0), new FloorGiven("lid-2", "chair", T0));

        var left = RoomProjection.Apply(room, room.Sequence + 1, new AttendeeLeft("lid-1", T0));

        Assert.Equal(room.Sequence + 1, Assert.IsType<SequenceAdvanced>(left.Message).Sequence);
        Assert.Equal(["lid-1"], left.State.Attendance.Hands.ToArray());
        Assert.Equal("lid-2", left.State.Attendance.Floor);
    }

    [Fact]
    public void AJoin_IsAttendance_NotPresence_SoItOnlyAdvancesTheSequence()
    {
        var room = Apply(Started());

        var joined = RoomProjection.Apply(room, room.Sequence + 1, new AttendeeJoined("lid-1", T0));

        Assert.Equal(room.Sequence + 1, Assert.IsType<SequenceAdvanced>(joined.Message).Sequence);
        Assert.Equal(RoomPresent.None, joined.State.Present);
    }

    [Fact]
    public void Closing_EmptiesTheRoom_AndStopsTheClock()
    {
        var room = Apply(Started(), new AttendeeJoined("lid-1", T0), new HandRaised("lid-1", T0));

        var closed = Assert.IsType<MeetingChanged>(RoomProjection.Apply(room, room.Sequence + 1, new MeetingClosed("chair", T0.AddSeconds(90.5))).Message);

        Assert.Equal(MeetingStatus.Closed, closed.Meeting.Status);
        Assert.Empty(closed.Attendance.Hands);
        Assert.Null(closed.Agenda.CurrentSince);
        Assert.Equal(90_500, Assert.Single(closed.Agenda.Used).Milliseconds);
    }

    [Fact]
    public void ARound_ShowsWhoseTurnItIs_ByThePeerRoundRule()
    {
        var round = Guid.NewGuid();
        var room = Apply(
            Started(),
            new RoundStarted(round, CaseItem, Guid.NewGuid(), "inbrenger", ["lid-1", "lid-2"], 5, "chair", T0),
            new RoundPhaseStarted(round, RoundPhase.Clarifying, null, "chair", T0.AddMinutes(3)));

        var passed = RoomProjection.Apply(room, room.Sequence + 1, new RoundTurnPassed(round, RoundPhase.Clarifying, "lid-1", "chair", T0.AddMinutes(4)));

        var changed = Assert.IsType<RoundChanged>(passed.Message).Round;
        Assert.Equal("lid-2", changed.Turn);
        Assert.Equal(RoundPhase.Clarifying, changed.Phase);
        Assert.Null(changed.PhaseMinutes);
        Assert.Equal(T0.AddMinutes(3), changed.PhaseSince);
    }

    [Fact]
    public void AnEventTheRoomDoesNotShow_OnlyAdvancesTheSequence()
    {
        var room = Started();

        var update = RoomProjection.Apply(room, room.Sequence + 1, new RsvpGiven(Rsvp.Yes, "lid-1", T0));

        Assert.Equal(new SequenceAdvanced(room.Sequence + 1, T0), update.Message);
        Assert.Equal(room with { Sequence = room.Sequence + 1 }, update.State);
    }

    private static RoomState Started() => Apply(
        RoomProjection.Empty,
        new MeetingPlanned("utrecht", "Netwerkbijeenkomst", T0, T0.AddHours(2), "chair", T0.AddDays(-30)),
        new AgendaItemAdded(new AgendaItem(Opening, AgendaItemKind.Opening, "Opening", 5, null, null), "chair", T0.AddDays(-30)),
        new AgendaItemAdded(new AgendaItem(CaseItem, AgendaItemKind.Case, "Casus", 20, "inbrenger", Guid.NewGuid()), "chair", T0.AddDays(-30)),
        new MeetingPublished("chair", T0.AddDays(-20)),
        new MeetingStarted("chair", T0));

    private static RoomState Apply(RoomState room, params MeetingEvent[] events) =>
        events.Aggregate(room, (state, e) => RoomProjection.Apply(state, state.Sequence + 1, e).State);
}
