namespace Netwerkbijeenkomst.Web.Formatting;

/// <summary>Time spent in quarter hours, as people say it: "3 uur 15 minuten", "45 minuten", or on a clock face "3:15".</summary>
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
}
