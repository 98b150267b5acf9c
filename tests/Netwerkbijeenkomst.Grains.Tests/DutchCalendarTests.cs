using Netwerkbijeenkomst.Grains.Networks;

namespace Netwerkbijeenkomst.Grains.Tests;

public sealed class DutchCalendarTests
{
    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2028, 4, 16)]
    [InlineData(2029, 4, 1)]
    [InlineData(2030, 4, 21)]
    [InlineData(2038, 4, 25)]
    [InlineData(2285, 3, 22)]
    public void EasterSunday_MatchesTheChurchCalendar(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), DutchCalendar.EasterSunday(year));

    [Fact]
    public void Holidays_Of2026_AreTheGeneralHolidays_WithoutGoodFriday()
    {
        var holidays = Enumerable.Range(0, 365).Select(d => new DateOnly(2026, 1, 1).AddDays(d)).Where(DutchCalendar.IsHoliday).Select(d => d.ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        Assert.Equal(["01-01", "04-05", "04-06", "04-27", "05-05", "05-14", "05-24", "05-25", "12-25", "12-26"], holidays);
        Assert.True(DutchCalendar.IsWorkingDay(new DateOnly(2026, 4, 3)));
    }

    [Theory]
    [InlineData(2025, 4, 26)]
    [InlineData(2026, 4, 27)]
    [InlineData(2027, 4, 27)]
    [InlineData(2031, 4, 26)]
    public void KingsDay_IsThe26th_WhenThe27thIsASunday(int year, int month, int day)
    {
        Assert.True(DutchCalendar.IsHoliday(new DateOnly(year, month, day)));
        Assert.Equal(day == 26, !DutchCalendar.IsHoliday(new DateOnly(year, 4, 27)));
    }

    [Theory]
    [InlineData(2027, 5, 6)]
    [InlineData(2028, 5, 25)]
    [InlineData(2029, 5, 10)]
    public void AscensionDay_IsThirtyNineDaysAfterEaster(int year, int month, int day) =>
        Assert.True(DutchCalendar.IsHoliday(new DateOnly(year, month, day)));

    [Theory]
    [InlineData(2026)]
    [InlineData(2027)]
    [InlineData(2030)]
    public void LiberationDay_IsAHoliday_EveryYear_NotOnlyInALustrum(int year) =>
        Assert.True(DutchCalendar.IsHoliday(new DateOnly(year, 5, 5)));

    [Theory]
    [InlineData("2026-11-02", "2026-11-02", 0)]
    [InlineData("2026-11-02", "2026-11-06", 4)]
    [InlineData("2026-11-06", "2026-11-09", 1)]
    [InlineData("2026-12-24", "2026-12-28", 1)]
    [InlineData("2026-12-31", "2027-01-04", 1)]
    [InlineData("2027-03-25", "2027-04-01", 4)]
    [InlineData("2027-05-04", "2027-05-07", 1)]
    [InlineData("2026-11-09", "2026-11-02", 0)]
    public void WorkingDaysBetween_SkipsWeekendsAndHolidays(string from, string to, int expected) =>
        Assert.Equal(expected, DutchCalendar.WorkingDaysBetween(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)));
}
