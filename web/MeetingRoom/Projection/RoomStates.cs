using System.Collections.Concurrent;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.EventSourcing;
using Netwerkbijeenkomst.Web.MeetingRoom.Contract;

namespace Netwerkbijeenkomst.Web.MeetingRoom.Projection;

/// <summary>
/// The rooms of this web node's running meetings, kept as folded: a read takes only the events after the newest room
/// from the store. Rooms are immutable and a newer one never gives way to an older one, so concurrent readers and the
/// forwarder share them safely. Closed and cancelled meetings are not kept, and at most <see cref="Capacity"/> meetings are.
/// A meeting this node does not hold is folded from its newest <see cref="RoomSnapshots">snapshot</see>, not from event 1.
/// </summary>
public sealed class RoomStates(IEventStore events, RoomSnapshots? snapshots = null)
{
    public const int Capacity = 300;

    private readonly ConcurrentDictionary<Guid, RoomHistory> _rooms = new();
    private long _uses;

    public int Count => _rooms.Count;

    /// <summary>Forgets every room: retention rewrote texts in the store without a new event, so rooms are folded again from it.</summary>
    public void Clear() => _rooms.Clear();

    /// <summary>The room as its stream stands now.</summary>
    public async Task<RoomState> GetAsync(Guid meetingId, CancellationToken cancellationToken = default)
    {
        if (!_rooms.TryGetValue(meetingId, out var history))
        {
            var (from, run) = await ColdFoldAsync(meetingId, int.MaxValue, cancellationToken);
            return Keep(meetingId, run) ?? (from.Sequence > 0 ? Keep(meetingId, [(from, null)]) : null) ?? from;
        }

        return Keep(meetingId, await FoldAsync(meetingId, history.Latest, int.MaxValue, cancellationToken)) ?? history.Latest;
    }

    /// <summary>
    /// The room as its stream stands now, and the messages of the events after <paramref name="sequence"/> up to it when
    /// this node still holds them all (null: the caller needs the whole room).
    /// </summary>
    public async Task<(RoomState Room, IReadOnlyList<RoomMessage>? Missed)> SinceAsync(Guid meetingId, int sequence, CancellationToken cancellationToken = default)
    {
        var room = await GetAsync(meetingId, cancellationToken);
        var missed = _rooms.TryGetValue(meetingId, out var history) ? history.MessagesAfter(sequence, room.Sequence) : null;
        return (room, missed);
    }

    /// <summary>The room right after event <paramref name="sequence"/>, which must be in the stream.</summary>
    public async Task<RoomState> AtAsync(Guid meetingId, int sequence, CancellationToken cancellationToken = default)
    {
        if (sequence == 0)
        {
            return RoomProjection.Empty;
        }

        var history = _rooms.TryGetValue(meetingId, out var found) ? found : null;
        if (history?.At(sequence) is { } kept)
        {
            return kept;
        }

        // Behind the cache's oldest room (rare: the forwarder that far behind a Join) the fold starts from a snapshot or the beginning.
        var (from, run) = history is not null && history.Latest.Sequence < sequence
            ? (history.Latest, await FoldAsync(meetingId, history.Latest, sequence, cancellationToken))
            : await ColdFoldAsync(meetingId, sequence, cancellationToken);
        Keep(meetingId, run);
        return from.Sequence == sequence ? from : run.LastOrDefault(u => u.State.Sequence == sequence).State
            ?? throw new InvalidOperationException($"Event {sequence} of meeting {meetingId} is not in its stream.");
    }

    /// <summary>Keeps a room the forwarder made from the one before it, with its message.</summary>
    public void Keep(Guid meetingId, RoomUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        Keep(meetingId, [(update.State, update.Message)]);
    }

    // A node without the room folds from the newest snapshot at or before `until`, else from the start. A meeting found
    // over is folded again from the start: its snapshot may be older than a retention erasure of its texts. A long fold
    // leaves a snapshot for the next cold node.
    private async Task<(RoomState From, List<(RoomState State, RoomMessage? Message)> Run)> ColdFoldAsync(Guid meetingId, int until, CancellationToken cancellationToken)
    {
        if (snapshots is not null && await snapshots.LatestAsync(meetingId, cancellationToken) is { } snapshot && snapshot.Sequence <= until)
        {
            var run = await FoldAsync(meetingId, snapshot, until, cancellationToken);
            var end = run.Count > 0 ? run[^1].State : snapshot;
            if (end.Meeting.Status is not (MeetingStatus.Closed or MeetingStatus.Cancelled))
            {
                await SaveIfLongAsync(meetingId, run, cancellationToken);
                return (snapshot, run);
            }
        }

        var whole = await FoldAsync(meetingId, RoomProjection.Empty, until, cancellationToken);
        await SaveIfLongAsync(meetingId, whole, cancellationToken);
        return (RoomProjection.Empty, whole);
    }

    private async Task SaveIfLongAsync(Guid meetingId, List<(RoomState State, RoomMessage? Message)> run, CancellationToken cancellationToken)
    {
        if (snapshots is not null && run.Count >= RoomSnapshots.Interval)
        {
            await snapshots.SaveAsync(meetingId, run[^1].State, cancellationToken);
        }
    }

    private async Task<List<(RoomState State, RoomMessage? Message)>> FoldAsync(Guid meetingId, RoomState from, int until, CancellationToken cancellationToken)
    {
        var newer = await events.ReadAsync<MeetingEvent>(MeetingStreams.Stream(meetingId), from.Sequence, cancellationToken);
        var run = new List<(RoomState State, RoomMessage? Message)>();
        var state = from;
        foreach (var committed in newer.TakeWhile(c => c.Sequence <= until))
        {
            var update = RoomProjection.Apply(state, committed.Sequence, committed.Event);
            state = update.State;
            run.Add((update.State, update.Message));
        }

        return run;
    }

    // Returns the newest room of the run; a meeting that is over leaves the cache, and past the capacity the least recently used go.
    private RoomState? Keep(Guid meetingId, List<(RoomState State, RoomMessage? Message)> run)
    {
        if (run.Count == 0)
        {
            return null;
        }

        var latest = run[^1].State;
        if (latest.Meeting.Status is MeetingStatus.Closed or MeetingStatus.Cancelled)
        {
            _rooms.TryRemove(meetingId, out _);
            return latest;
        }

        var touched = Interlocked.Increment(ref _uses);
        var history = _rooms.AddOrUpdate(meetingId, _ => new RoomHistory([.. run.TakeLast(RoomHistory.Depth)], touched), (_, had) => had.With(run, touched));
        if (_rooms.Count > Capacity)
        {
            foreach (var (id, _) in _rooms.OrderBy(r => r.Value.Touched).Take(_rooms.Count - Capacity))
            {
                _rooms.TryRemove(id, out _);
            }
        }

        return history.Latest.Sequence >= latest.Sequence ? history.Latest : latest;
    }
}
