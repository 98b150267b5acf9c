namespace Netwerkbijeenkomst.Silo.EventLog;

/// <summary>
/// The newest stretch of the global event log, kept in memory for this process's consumers (the live push, the
/// projections, the mailers), which all follow the log's end and all wake at the same append. This process's own
/// appends join the stretch as they commit, when they follow on from its end (<see cref="EventLogSignal.Committed"/>),
/// so nobody reads them back. Otherwise (another node appended, or the stretch is empty) the first consumer to ask for
/// events past the stretch reads the database, once; the others are answered from memory. A consumer further back
/// (after a restart) reads the database itself. Positions follow commit order (<c>CommitOrder</c>), so a stretch read
/// once stays true: what a later read finds comes after it.
/// <para>
/// "Nothing yet" at the stretch's end is also answered from memory once a read of the database has found nothing there
/// and since then only this process's own batches have joined: for as long as the poll interval, after which the
/// database is asked again (a NOTIFY lost, or a writer that sends none: found within about twice the poll interval), and
/// not at all once another writer has said it appended (<see cref="EventLogSignal.Elsewhere"/>), a batch did not follow
/// on, or <see cref="LastPositionAsync"/> saw a newer end.
/// </para>
/// </summary>
public sealed class EventLogTail : IEventLog, IDisposable
{
    /// <summary>Events kept; the oldest go first.</summary>
    public const int Capacity = 4_096;

    private readonly IEventLog _store;
    private readonly EventLogSignal _signal;
    private readonly TimeProvider _time;
    private readonly TimeSpan _trust;
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _reading = new(1, 1);
    private readonly List<LoggedEvent> _events = [];

    // The stretch held: every event with a position in (_from, _to], or nothing yet when _to is -1.
    private long _from = -1;
    private long _to = -1;
    private long _tailReads;
    private long _joined;

    // The stretch ends where the log ended at _endSeenAt (a timestamp of _time): a read there found nothing, and only
    // this process's own batches joined since. _doubts counts what undoes that (other writers, batches with a gap).
    private bool _atEnd;
    private long _endSeenAt;
    private long _doubts;

    /// <param name="store">The log in the database.</param>
    /// <param name="signal">Tells of this process's commits and of other writers.</param>
    /// <param name="time">The clock for <paramref name="trust"/>.</param>
    /// <param name="trust">How long an end found in the database is believed without asking it again: the consumers' poll interval.</param>
    public EventLogTail(IEventLog store, EventLogSignal signal, TimeProvider time, TimeSpan trust)
    {
        _store = store;
        _signal = signal;
        _time = time;
        _trust = trust;
        _signal.Committed += Join;
        _signal.Elsewhere += Doubt;
    }

    /// <summary>Reads of the database at or past the stretch's end, for the tests.</summary>
    public long TailReads => Interlocked.Read(ref _tailReads);

    /// <summary>Batches of this process's appends that joined the stretch as they committed, for the tests.</summary>
    public long Joined => Interlocked.Read(ref _joined);

    public async Task<IReadOnlyList<LoggedEvent>> ReadAfterAsync(long position, int max, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        if (Serve(position, max) is { } held)
        {
            return held;
        }

        if (!AtOrPastTheEnd(position))
        {
            // Behind the stretch: this consumer catches up alone, without holding up the ones at the end.
            return await _store.ReadAfterAsync(position, max, cancellationToken);
        }

        await _reading.WaitAsync(cancellationToken);
        try
        {
            if (Serve(position, max) is { } readMeanwhile)
            {
                return readMeanwhile;
            }

            // A read at the end found nothing (perhaps the one this call waited behind) and only own batches followed: nothing yet.
            if (KnownEnd(position))
            {
                return [];
            }

            Interlocked.Increment(ref _tailReads);
            var doubts = Interlocked.Read(ref _doubts);
            var started = _time.GetTimestamp();
            var events = await _store.ReadAfterAsync(position, max, cancellationToken);
            if (events.Count == 0)
            {
                EndFound(position, doubts, started);
            }
            else
            {
                Keep(position, events);
            }

            return events;
        }
        finally
        {
            _reading.Release();
        }
    }

    public void Dispose()
    {
        _signal.Committed -= Join;
        _signal.Elsewhere -= Doubt;
        _reading.Dispose();
    }

    /// <summary>
    /// The newest position, from the database. A newer one than the stretch's end undoes an end known from memory, so a
    /// catch-up that reads until <see cref="LastPositionAsync"/> (a page's, whichever node stored the event) gets there
    /// even before the NOTIFY of the node that stored it has arrived.
    /// </summary>
    public async Task<long> LastPositionAsync(CancellationToken cancellationToken = default)
    {
        var last = await _store.LastPositionAsync(cancellationToken);
        lock (_gate)
        {
            if (last > _to)
            {
                _atEnd = false;
                _doubts++;
            }
        }

        return last;
    }

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
            // A read that found something says nothing about what lies after it.
            _atEnd = false;
            KeepHeld(position, events);
        }
    }

    private bool KnownEnd(long position)
    {
        lock (_gate)
        {
            return _atEnd && position == _to && _time.GetElapsedTime(_endSeenAt) < _trust;
        }
    }

    // A read at position that began at started found nothing: the log ended there, unless a doubt came up meanwhile.
    private void EndFound(long position, long doubts, long started)
    {
        lock (_gate)
        {
            if (doubts != _doubts || (_to >= 0 && position < _to))
            {
                return;
            }

            if (position != _to)
            {
                // Nothing held yet, or this consumer is past the stretch: the stretch starts over, empty, at the end.
                _events.Clear();
                _from = position;
                _to = position;
            }

            _atEnd = true;
            _endSeenAt = started;
        }
    }

    private void Doubt()
    {
        lock (_gate)
        {
            _atEnd = false;
            _doubts++;
        }
    }

    // With _gate held.
    private void KeepHeld(long position, IReadOnlyList<LoggedEvent> events)
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

    // A batch this process just committed: it joins the stretch only when it begins right after the stretch's end and
    // has no holes, for then nothing else can lie between (the stretch has nothing yet, or another node appended, or a
    // rolled-back batch left a gap in PostgreSQL's numbers: then the next consumer reads the database, as before).
    private void Join(IReadOnlyList<LoggedEvent> committed)
    {
        if (committed.Count == 0)
        {
            return;
        }

        lock (_gate)
        {
            if (_to >= 0 && committed[^1].Position <= _to)
            {
                // A consumer read it from the database first.
                return;
            }

            if (committed[^1].Position - committed[0].Position != committed.Count - 1 || (_to >= 0 && committed[0].Position - 1 != _to))
            {
                _atEnd = false;
                _doubts++;
                return;
            }

            KeepHeld(committed[0].Position - 1, committed);
            Interlocked.Increment(ref _joined);
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
