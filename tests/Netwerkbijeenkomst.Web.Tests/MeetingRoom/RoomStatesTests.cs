using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.EventSourcing;
using Netwerkbijeenkomst.Silo.EventLog;
using Netwerkbijeenkomst.Web.MeetingRoom;
using Netwerkbijeenkomst.Web.MeetingRoom.Contract;
using Netwerkbijeenkomst.Web.MeetingRoom.Projection;

namespace Netwerkbijeenkomst.Web.Tests.MeetingRoom;

/// <summary>The node's cache of rooms reads only what is new, still has the room before an event a Join folded past, and lets go of meetings that are over.</summary>
public sealed class RoomStatesTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 10, 18, 30, 0, TimeSpan.Zero);
    private readonly Guid _meetingId = Guid.NewGuid();
    private readonly MemoryStore _store = new();

    [Fact]
    public async Task ASecondRead_FoldsOnlyTheEventsAfterTheCachedRoom()
    {
        var rooms = new RoomStates(_store);
        _store.Add(_meetingId, new MeetingPlanned("utrecht", "Netwerkbijeenkomst", T0, T0.AddHours(2), "chair", T0), new MeetingPublished("chair", T0));
        await rooms.GetAsync(_meetingId);

        _store.Add(_meetingId, new MeetingStarted("chair", T0));
        var room = await rooms.GetAsync(_meetingId);

        Assert.Equal(3, room.Sequence);
        Assert.Equal(MeetingStatus.Started, room.Meeting.Status);
        Assert.Equal([0, 2], _store.ReadsAfter);
    }

    [Fact]
    public async Task TheRoomBeforeAnEvent_IsThereAfterAJoinFoldedPastIt()
    {
        var rooms = new RoomStates(_store);
        _store.Add(_meetingId, new MeetingPlanned("utrecht", "Netwerkbijeenkomst", T0, T0.AddHours(2), "chair", T0), new MeetingPublished("chair", T0), new MeetingStarted("chair", T0));
        await rooms.GetAsync(_meetingId);
        _store.Add(_meetingId, new AttendeeJoined("lid-1", T0), new HandRaised("lid-1", T0));
        await rooms.GetAsync(_meetingId);
        var reads = _store.ReadsAfter.Count;

        var beforeHand = await rooms.AtAsync(_meetingId, 4);

        Assert.Equal(4, beforeHand.Sequence);
        Assert.Empty(beforeHand.Attendance.Hands);
        Assert.Equal(reads, _store.ReadsAfter.Count);
    }

    [Fact]
    public async Task AClosedMeeting_LeavesTheCache_AndIsFoldedFromTheStoreWhenAskedAgain()
    {
        var rooms = new RoomStates(_store);
        _store.Add(_meetingId, new MeetingPlanned("utrecht", "Netwerkbijeenkomst", T0, T0.AddHours(2), "chair", T0), new MeetingPublished("chair", T0), new MeetingStarted("chair", T0));
        await rooms.GetAsync(_meetingId);
        _store.Add(_meetingId, new MeetingClosed("chair", T0));

        var closed = await rooms.GetAsync(_meetingId);

        Assert.Equal(MeetingStatus.Closed, closed.Meeting.Status);
        Assert.Equal(0, rooms.Count);
        Assert.Equal(4, (await rooms.GetAsync(_meetingId)).Sequence);
        Assert.Equal(0, _store.ReadsAfter[^1]);
    }

    [Fact]
    public async Task PastItsCapacity_TheCacheLetsTheLeastRecentlyUsedGo()
    {
        var rooms = new RoomStates(_store);
        var meetings = Enumerable.Range(0, RoomStates.Capacity + 1).Select(_ => Guid.NewGuid()).ToList();
        foreach (var meetingId in meetings)
        {
            _store.Add(meetingId, new MeetingPlanned("utrecht", "Netwerkbijeenkomst", T0, T0.AddHours(2), "chair", T0));
            await rooms.GetAsync(meetingId);
        }

        Assert.Equal(RoomStates.Capacity, rooms.Count);
        await rooms.GetAsync(meetings[0]);
        Assert.Equal(0, _store.ReadsAfter[^1]);
    }

    [Fact]
    public async Task Since_ASequenceTheNodeStillHolds_GivesOnlyTheMessagesAfterIt_AsTheProjectionMakesThem()
    {
        var rooms = new RoomStates(_store);
        _store.Add(_meetingId, new MeetingPlanned("utrecht", "Netwerkbijeenkomst", T0, T0.AddHours(2), "chair", T0), new MeetingPublished("chair", T0), new MeetingStarted("chair", T0));
        await rooms.GetAsync(_meetingId);
        _store.Add(_meetingId, new AttendeeJoined("lid-1", T0), new HandRaised("lid-1", T0));

        var (room, missed) = await rooms.SinceAsync(_meetingId, 3);

        Assert.Equal(5, room.Sequence);
        Assert.NotNull(missed);
        Assert.Equal([4, 5], missed.Select(m => m.Sequence));
        var hands = Assert.IsType<AttendanceChanged>(missed[^1]);
        Assert.Equal(["lid-1"], hands.Attendance.Hands.ToArray());
        Assert.Empty((await rooms.SinceAsync(_meetingId, 5)).Missed!);
    }

    [Fact]
    public async Task Since_ASequenceBehindTheNodesHistory_AsksForTheWholeRoom()
    {
        var rooms = new RoomStates(_store);
        _store.Add(_meetingId, new MeetingPlanned("utrecht", "Netwerkbijeenkomst", T0, T0.AddHours(2), "chair", T0), new MeetingPublished("chair", T0), new MeetingStarted("chair", T0));
        _store.Add(_meetingId, [.. Enumerable.Range(0, RoomHistory.Depth + 5).Select(i => (MeetingEvent)(i % 2 == 0 ? new HandRaised("lid-1", T0) : new HandLowered("lid-1", "lid-1", T0)))]);

        var (room, missed) = await rooms.SinceAsync(_meetingId, 3);

        Assert.Equal(RoomHistory.Depth + 8, room.Sequence);
        Assert.Null(missed);
        Assert.Equal(RoomHistory.Depth, (await rooms.SinceAsync(_meetingId, 8)).Missed!.Count);
    }

    [Fact]
    public async Task CaseTextsErased_MakesTheNodeFoldItsRoomsAgain_FromTheRedactedStore()
    {
        var rooms = new RoomStates(_store);
        var contribution = new Contribution(Guid.NewGuid(), Guid.NewGuid(), "lid-1", ContributionKind.Remark, "Zij durft de deur niet meer uit.", T0, Guid.NewGuid());
        _store.Add(
            _meetingId,
            new MeetingPlanned("utrecht", "Netwerkbijeenkomst", T0, T0.AddHours(2), "chair", T0),
            new MeetingPublished("chair", T0),
            new MeetingStarted("chair", T0),
            new ContributionPosted(contribution, "lid-1", T0));
        await rooms.GetAsync(_meetingId);

        // Retention rewrites the stored text, then the case records the erasure: no new meeting event says so.
        _store.Rewrite(_meetingId, e => e is ContributionPosted posted ? posted with { Contribution = posted.Contribution with { Text = "" } } : e);
        await new RoomErasureWatcher(rooms).HandleAsync(new LoggedEvent(1, "case/x", 9, T0, new CaseTextsErased("utrecht", "system", T0)), CancellationToken.None);
        var room = await rooms.GetAsync(_meetingId);

        Assert.Equal("", Assert.Single(room.Contributions).Text);
    }

    private sealed class MemoryStore : IEventStore
    {
        private readonly Dictionary<string, List<MeetingEvent>> _streams = [];

        public List<int> ReadsAfter { get; } = [];

        public void Add(Guid meetingId, params MeetingEvent[] events)
        {
            var stream = MeetingStreams.Stream(meetingId);
            _streams.TryAdd(stream, []);
            _streams[stream].AddRange(events);
        }

        public void Rewrite(Guid meetingId, Func<MeetingEvent, MeetingEvent> rewrite)
        {
            var stream = _streams[MeetingStreams.Stream(meetingId)];
            for (var i = 0; i < stream.Count; i++)
            {
                stream[i] = rewrite(stream[i]);
            }
        }

        public Task<IReadOnlyList<CommittedEvent<TEvent>>> ReadAsync<TEvent>(string streamId, int afterSequence = 0, CancellationToken cancellationToken = default)
            where TEvent : class
        {
            ReadsAfter.Add(afterSequence);
            var events = _streams.GetValueOrDefault(streamId, []);
            return Task.FromResult<IReadOnlyList<CommittedEvent<TEvent>>>(
                [.. events.Select((e, i) => new CommittedEvent<TEvent>(streamId, i + 1, e.At, (TEvent)(object)e)).Skip(afterSequence)]);
        }

        public Task<IReadOnlyList<CommittedEvent<TEvent>>> AppendAsync<TEvent>(string streamId, int expectedVersion, IReadOnlyList<TEvent> events, CancellationToken cancellationToken = default)
            where TEvent : class => throw new NotSupportedException();

        public Task<int> RedactAsync<TEvent>(string streamId, Func<TEvent, TEvent> redact, CancellationToken cancellationToken = default)
            where TEvent : class => throw new NotSupportedException();

        public Task DeleteStreamAsync(string streamId, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
