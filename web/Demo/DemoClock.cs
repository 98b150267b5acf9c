namespace Netwerkbijeenkomst.Web.Demo;

/// <summary>
/// Development's clock: real time, except in a call chain the demo seeder stamped with a moment of the past. The stamp is
/// an Orleans request-context value, so it reaches every grain and event store the seeder's call reaches, and nothing else:
/// pages, mailers and projections keep real time while the history is written (docs/demo-data.md).
/// </summary>
public sealed class DemoClock(TimeProvider real) : TimeProvider
{
    private const string Key = "demo-nu";

    public override DateTimeOffset GetUtcNow() => RequestContext.Get(Key) is DateTimeOffset past ? past : real.GetUtcNow();

    public override TimeZoneInfo LocalTimeZone => real.LocalTimeZone;

    public override long TimestampFrequency => real.TimestampFrequency;

    public override long GetTimestamp() => real.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) => real.CreateTimer(callback, state, dueTime, period);

    /// <summary>From here on in this async flow (and the grain calls it makes), "now" is <paramref name="past"/>.</summary>
    public static void WindTo(DateTimeOffset past) => RequestContext.Set(Key, past);

    /// <summary>Back to real time for this async flow.</summary>
    public static void Release() => RequestContext.Remove(Key);
}
