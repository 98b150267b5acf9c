namespace Netwerkbijeenkomst.Web.Formatting;

/// <summary>Durations as people say them: time spent in quarter hours ("3 uur 15 minuten", "45 minuten", on a clock face "3:15"), and a wait.</summary>
public static class DutchDuration
{
    public static string Words(int quarterHours)
    {
        var (hours, minutes) = Math.DivRem(quarterHours * 15, 60);
        return (hours, minutes) switch
        {
            (0, _) => $"{minutes} minuten",
            (_, 0) => $"{hours} uur",
            _ => $"{hours} uur {minutes} minuten",
        };
    }

    public static string Clock(int quarterHours) => $"{quarterHours / 4}:{quarterHours % 4 * 15:00}";

    /// <summary>A wait, rounded up so it is never too short: "1 seconde", "90 seconden", "3 minuten".</summary>
    public static string Wait(TimeSpan wait)
    {
        var seconds = (int)Math.Ceiling(wait.TotalSeconds);
        if (seconds < 120)
        {
            return seconds == 1 ? "1 seconde" : $"{seconds} seconden";
        }

        var minutes = (seconds + 59) / 60;
        return $"{minutes} minuten";
    }
}
