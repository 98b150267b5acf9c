using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Grains.Common;

namespace Netwerkbijeenkomst.Grains.Networks;

/// <summary>Turns a monthly rule ("second Tuesday, 19:30") into meeting dates, in Europe/Amsterdam.</summary>
internal static class MeetingCalendar
{
    public const int LastWeek = 5;

    public static IEnumerable<DateTimeOffset> Upcoming(MeetingRule rule, DateTimeOffset after)
    {
        var local = AmsterdamTime.Local(after);
        for (var month = new DateOnly(local.Year, local.Month, 1); ; month = month.AddMonths(1))
        {
            var start = AmsterdamTime.At(DayIn(month, rule.Week, rule.Day), rule.Start);
            if (start > after)
            {
                yield return start;
            }
        }
    }

    private static DateOnly DayIn(DateOnly firstOfMonth, int week, DayOfWeek day)
    {
        if (week == LastWeek)
        {
            var last = firstOfMonth.AddMonths(1).AddDays(-1);
            return last.AddDays(-(((int)last.DayOfWeek - (int)day + 7) % 7));
        }

        var first = firstOfMonth.AddDays(((int)day - (int)firstOfMonth.DayOfWeek + 7) % 7);
        return first.AddDays(7 * (week - 1));
    }
}
