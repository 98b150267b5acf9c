using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Web.Formatting;
using Netwerkbijeenkomst.Web.Pages.Networks;

namespace Netwerkbijeenkomst.Web.Tests;

/// <summary>Action points read overdue first, then by due date; due dates speak Dutch relative to today.</summary>
public sealed class ActionPointOrderTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void OverdueFirst_ThenByDueDate_AndDueTodayIsNotOverdue()
    {
        var points = new[]
        {
            Point("over een week", 7),
            Point("vandaag", 0),
            Point("gisteren", -1),
            Point("lang geleden", -20),
            Point("gesloten en oud", -30, ActionPointStatus.Done),
        };

        var ordered = points.OverdueFirst(p => p, Today).Select(p => p.Description).ToArray();

        Assert.Equal(["lang geleden", "gisteren", "gesloten en oud", "vandaag", "over een week"], ordered);
        Assert.False(Point("vandaag", 0).IsOverdue(Today));
        Assert.False(Point("gesloten", -3, ActionPointStatus.NotDone).IsOverdue(Today));
    }

    [Theory]
    [InlineData(0, "vandaag")]
    [InlineData(1, "morgen")]
    [InlineData(-1, "gisteren")]
    [InlineData(3, "over 3 dagen")]
    [InlineData(-5, "5 dagen geleden")]
    [InlineData(45, "over 1 maand")]
    public void DueDate_IsSaidInDutchRelativeToToday(int days, string expected) =>
        Assert.Equal(expected, DutchFormat.Relative(Today.AddDays(days), Today));

    [Fact]
    public void Today_IsTheAmsterdamCalendarDay() =>
        Assert.Equal(new DateOnly(2026, 11, 24), DutchFormat.Today(new DateTimeOffset(2026, 11, 23, 23, 30, 0, TimeSpan.Zero)));

    private static ActionPoint Point(string description, int days, ActionPointStatus status = ActionPointStatus.Open) =>
        new(Guid.NewGuid(), description, "lid", Today.AddDays(days), status, null, null);
}
