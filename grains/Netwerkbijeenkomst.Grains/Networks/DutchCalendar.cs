namespace Netwerkbijeenkomst.Grains.Networks;

/// <summary>
/// Dutch working days: Monday to Friday except the general holidays of the Algemene termijnenwet — Nieuwjaarsdag,
/// Eerste en Tweede Paasdag, Koningsdag (27 April, 26 when the 27th is a Sunday), Bevrijdingsdag (5 May, every year),
/// Hemelvaartsdag, Eerste en Tweede Pinksterdag, Eerste en Tweede Kerstdag. Goede Vrijdag is not one: most care works.
/// </summary>
public static class DutchCalendar
{
    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    public static bool IsHoliday(DateOnly date)
    {
        var easter = EasterSunday(date.Year);
        var kingsDay = new DateOnly(date.Year, 4, 27);
        if (kingsDay.DayOfWeek == DayOfWeek.Sunday)
        {
            kingsDay = kingsDay.AddDays(-1);
        }

        return (date.Month, date.Day) is (1, 1) or (5, 5) or (12, 25) or (12, 26)
            || date == kingsDay
            || date == easter || date == easter.AddDays(1)
            || date == easter.AddDays(39)
            || date == easter.AddDays(49) || date == easter.AddDays(50);
    }

    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsHoliday(date);

    /// <summary>The working days after <paramref name="from"/> up to and including <paramref name="to"/>; 0 when <paramref name="to"/> is not later.</summary>
    public static int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }
}
