using Netwerkbijeenkomst.Web.Formatting;

namespace Netwerkbijeenkomst.Web.Tests;

public sealed class DutchFormatTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(3 * 24 * 60, "over 3 dagen")]
    [InlineData(24 * 60, "morgen")]
    [InlineData(-24 * 60, "gisteren")]
    [InlineData(-2 * 60, "2 uur geleden")]
    [InlineData(5, "over 5 minuten")]
    [InlineData(1, "over 1 minuut")]
    [InlineData(45 * 24 * 60, "over 1 maand")]
    public void Relative_SpeaksDutch(int minutes, string expected) =>
        Assert.Equal(expected, DutchFormat.Relative(Now.AddMinutes(minutes), Now));

    [Fact]
    public void DateTime_IsAmsterdamTime_InDutch()
    {
        Assert.Equal("dinsdag 8 december 2026, 19:30", DutchFormat.DateTime(new DateTimeOffset(2026, 12, 8, 18, 30, 0, TimeSpan.Zero)));
        Assert.Equal("dinsdag 13 april 2027, 19:30", DutchFormat.DateTime(new DateTimeOffset(2027, 4, 13, 17, 30, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData(1, "1 seconde")]
    [InlineData(29.2, "30 seconden")]
    [InlineData(90, "90 seconden")]
    [InlineData(120, "2 minuten")]
    [InlineData(121, "3 minuten")]
    [InlineData(900, "15 minuten")]
    public void Wait_IsRoundedUp_SoItIsNeverTooShort(double seconds, string words) =>
        Assert.Equal(words, DutchDuration.Wait(TimeSpan.FromSeconds(seconds)));
}
