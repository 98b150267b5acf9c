namespace Netwerkbijeenkomst.Silo.EventLog;

/// <summary>
/// The newest stretch of the global event log, kept in memory for this process's consumers (the live push, the
/// projections, the mailers), which all follow the log's end and all wake at the same append. The first of them to ask
/// for events past the stretch reads the database, once; the others are answered from memory. A consumer further back
/// (after a restart) reads the database itself. Positions follow commit order (<c>CommitOrder</c>), so a stretch read
/// once stays true: what a later read finds comes after it.
/// </summary>
public sealed class EventLogTail(IEventLog store) : IEventLog, IDisposable
{
    /// <summary>Events kept; the oldest go first.</summary>
    public const int Capacity = 4_096;

    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _reading = new(1, 1);
    private readonly List<LoggedEvent> _events = [];

    // The stretch held: every event with a position in (_from, _to], or nothing yet when _to is -1.
    private long _from = -1;
    private long _to = -1;
    private long _tailReads;

    // Where the newest read past the stretch began, when it found nothing; -1 when it found something.
    private long _emptyAt = -1;

    /// <summary>Reads of the database past the stretch, for the tests.</summary>
    public long TailReads => Interlocked.Read(ref _tailReads);

    public async Task<IReadOnlyList<LoggedEvent>> ReadAfterAsync(long position, int max, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        var arrived = TailReads;
        if (Serve(position, max) is { } held)
        {
            return held;
        }

        if (!AtOrPastTheEnd(position))
        {
            // Behind the stretch: this consumer catches up alone, without holding up the ones at the end.
            return await store.ReadAfterAsync(position, max, cancellationToken);
        }

        await _reading.WaitAsync(cancellationToken);
        try
        {
            if (Serve(position, max) is { } readMeanwhile)
            {
                return readMeanwhile;
            }

            // A read from this same position that began after this call came back with nothing: there is nothing yet.
            if (TailReads > arrived && _emptyAt == position)
            {
                return [];
            }

            Interlocked.Increment(ref _tailReads);
            var events = await store.ReadAfterAsync(position, max, cancellationToken);
            _emptyAt = events.Count == 0 ? position : -1;
            Keep(position, events);
            return events;
        }
        finally
        {
            _reading.Release();
        }
    }

    public void Dispose() => _reading.Dispose();

    public Task<long> LastPositionAsync(CancellationToken cancellationToken = default) => store.LastPositionAsync(cancellationToken);

    /// <summary>The events after <paramref name="position"/> when the stretch holds them, else null.</summary>
    private List<LoggedEvent>? Serve(long position, int max)
    {
        lock (_gate)
        {
            if (_to < 0 || position < _from || position >= _to)
            {
                return null;
            }

            var first = FirstAfter(position);
            return _events.GetRange(first, Math.Min(max, _events.Count - first));
        }
    }

    private bool AtOrPastTheEnd(long position)
    {
        lock (_gate)
        {
            return _to < 0 || position >= _to;
        }
    }

    private void Keep(long position, IReadOnlyList<LoggedEvent> events)
    {
        if (events.Count == 0)
        {
            return;
        }

        lock (_gate)
        {
            if (_to >= 0 && position < _to)
            {
                // Overtaken while it read: the stretch is already further on.
                return;
            }

            if (position != _to)
            {
                // A consumer past the end of the stretch (the first read, or one that started at the log's end): start over from it.
                _events.Clear();
                _from = position;
            }

            _events.AddRange(events);
            _to = events[^1].Position;
            if (_events.Count > Capacity)
            {
                var drop = _events.Count - Capacity;
                _from = _events[drop - 1].Position;
                _events.RemoveRange(0, drop);
            }
        }
    }

    private int FirstAfter(long position)
    {
        int low = 0, high = _events.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (_events[middle].Position <= position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
