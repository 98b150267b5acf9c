namespace Netwerkbijeenkomst.Web.Formatting;

/// <summary>Dates and times as the planning forms take them: wall-clock time in Europe/Amsterdam.</summary>
public static class AmsterdamClock
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Amsterdam).DateTime;

    /// <summary>The instant of a date and wall-clock time in Amsterdam.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Amsterdam.GetUtcOffset(local));
    }

    /// <summary>"de tweede dinsdag van de maand, 19:30–21:00".</summary>
    public static string Rule(int week, DayOfWeek day, TimeOnly start, TimeOnly end) =>
        $"de {WeekName(week)} {DutchFormat.Culture.DateTimeFormat.GetDayName(day)} van de maand, {start:HH\\:mm}–{end:HH\\:mm}";

    public static string WeekName(int week) => week switch
    {
        1 => "eerste",
        2 => "tweede",
        3 => "derde",
        4 => "vierde",
        _ => "laatste",
    };
}
