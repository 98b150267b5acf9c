using System.Collections.Concurrent;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.EventSourcing;
using Netwerkbijeenkomst.Web.MeetingRoom.Contract;

namespace Netwerkbijeenkomst.Web.MeetingRoom.Projection;

/// <summary>
/// The rooms of this web node's running meetings, kept as folded: a read takes only the events after the newest room
/// from the store. Rooms are immutable and a newer one never gives way to an older one, so concurrent readers and the
/// forwarder share them safely. Closed and cancelled meetings are not kept, and at most <see cref="Capacity"/> meetings are.
/// </summary>
public sealed class RoomStates(IEventStore events)
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
        var cached = _rooms.TryGetValue(meetingId, out var history) ? history.Latest : RoomProjection.Empty;
        return Keep(meetingId, await FoldAsync(meetingId, cached, int.MaxValue, cancellationToken)) ?? cached;
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

        // Behind the cache's oldest room (rare: the forwarder that far behind a Join) the fold starts from the beginning.
        var from = history is not null && history.Latest.Sequence < sequence ? history.Latest : RoomProjection.Empty;
        var run = await FoldAsync(meetingId, from, sequence, cancellationToken);
        Keep(meetingId, run);
        return run.LastOrDefault(s => s.Sequence == sequence)
            ?? throw new InvalidOperationException($"Event {sequence} of meeting {meetingId} is not in its stream.");
    }

    /// <summary>Keeps a room the forwarder made from the one before it.</summary>
    public void Keep(Guid meetingId, RoomState state) => Keep(meetingId, [state]);

    private async Task<List<RoomState>> FoldAsync(Guid meetingId, RoomState from, int until, CancellationToken cancellationToken)
    {
        var newer = await events.ReadAsync<MeetingEvent>(MeetingStreams.Stream(meetingId), from.Sequence, cancellationToken);
        var run = new List<RoomState>();
        var state = from;
        foreach (var committed in newer.TakeWhile(c => c.Sequence <= until))
        {
            state = RoomProjection.Apply(state, committed.Sequence, committed.Event).State;
            run.Add(state);
        }

        return run;
    }

    // Returns the newest room of the run; a meeting that is over leaves the cache, and past the capacity the least recently used go.
    private RoomState? Keep(Guid meetingId, List<RoomState> run)
    {
        if (run.Count == 0)
        {
            return null;
        }

        var latest = run[^1];
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
