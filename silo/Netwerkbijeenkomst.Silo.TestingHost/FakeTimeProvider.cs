namespace Netwerkbijeenkomst.Silo.TestingHost;

/// <summary>
/// A clock that moves only when a test advances it (Microsoft.Extensions.TimeProvider.Testing is not in the feed).
/// Advancing fires every timer that falls due, in due order, with the clock set to each timer's due time.
/// </summary>
public sealed class FakeTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly object _lock = new();
    private readonly List<FakeTimer> _timers = [];
    private DateTimeOffset _now = start;
    private long _created;

    public FakeTimeProvider()
        : this(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero))
    {
    }

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
        {
            return _now;
        }
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    /// <summary>Moves the clock forward, firing each timer due on the way.</summary>
    public void Advance(TimeSpan delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delta, TimeSpan.Zero);
        DateTimeOffset target;
        lock (_lock)
        {
            target = _now + delta;
        }

        while (true)
        {
            FakeTimer? next;
            lock (_lock)
            {
                next = _timers.Where(t => t.Due <= target).OrderBy(t => t.Due).ThenBy(t => t.Order).FirstOrDefault();
                if (next is null)
                {
                    _now = target;
                    return;
                }

                _now = next.Due > _now ? next.Due : _now;
                Reschedule(next, next.Period > TimeSpan.Zero ? next.Due + next.Period : null);
            }

            next.Fire();
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new FakeTimer(this, callback, state, Interlocked.Increment(ref _created));
        timer.Change(dueTime, period);
        return timer;
    }

    private void Reschedule(FakeTimer timer, DateTimeOffset? due)
    {
        _timers.Remove(timer);
        if (due is { } at)
        {
            timer.Due = at;
            _timers.Add(timer);
        }
    }

    private sealed class FakeTimer(FakeTimeProvider owner, TimerCallback callback, object? state, long order) : ITimer
    {
        public DateTimeOffset Due { get; set; }

        public TimeSpan Period { get; private set; }

        public long Order => order;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            var fireNow = false;
            lock (owner._lock)
            {
                Period = period == Timeout.InfiniteTimeSpan ? TimeSpan.Zero : period;
                if (dueTime == Timeout.InfiniteTimeSpan)
                {
                    owner.Reschedule(this, null);
                }
                else if (dueTime == TimeSpan.Zero)
                {
                    // Like a real timer, a zero due time fires at once (on the thread pool), then keeps its period.
                    owner.Reschedule(this, Period > TimeSpan.Zero ? owner._now + Period : null);
                    fireNow = true;
                }
                else
                {
                    owner.Reschedule(this, owner._now + dueTime);
                }
            }

            if (fireNow)
            {
                ThreadPool.UnsafeQueueUserWorkItem(_ => Fire(), null);
            }

            return true;
        }

        public void Fire() => callback(state);

        public void Dispose()
        {
            lock (owner._lock)
            {
                owner.Reschedule(this, null);
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
