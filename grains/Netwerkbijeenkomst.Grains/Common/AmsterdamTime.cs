namespace Netwerkbijeenkomst.Grains.Common;

/// <summary>The time zone people see: meeting dates, due dates and case-label years are Dutch local time.</summary>
internal static class AmsterdamTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(Local(time.GetUtcNow()));

    /// <summary>The date an instant falls on in Amsterdam.</summary>
    public static DateOnly Day(DateTimeOffset instant) => DateOnly.FromDateTime(Local(instant));

    /// <summary>The instant of a wall-clock time in Amsterdam.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }
}
