using Netwerkbijeenkomst.Web.Pages.Reports;
using Netwerkbijeenkomst.Web.Reports;

namespace Netwerkbijeenkomst.Web.Tests;

/// <summary>The report period picker's GET fields: whole months, a sensible default, and a Dutch message for anything else.</summary>
public sealed class PeriodRequestTests
{
    private static readonly DateOnly Today = new(2026, 5, 14);

    private static PeriodChoice Resolve(string? kind = null, string? year = null, string? quarter = null, string? month = null, string? from = null, string? to = null) =>
        new PeriodRequest(kind, year, quarter, month, from, to).Resolve(Today);

    [Fact]
    public void NoFields_ShowsTheLastCompleteQuarter()
    {
        Assert.Equal(ReportPeriod.Quarter(2026, 1), Resolve().Period);
        Assert.Equal(ReportPeriod.Quarter(2025, 4), PeriodRequest.Default(new DateOnly(2026, 2, 1)));
    }

    [Fact]
    public void EachKind_GivesItsWholeMonths()
    {
        Assert.Equal(ReportPeriod.Quarter(2025, 3), Resolve("kwartaal", "2025", "3").Period);
        Assert.Equal(ReportPeriod.Month(2026, 4), Resolve("maand", "2026", month: "4").Period);
        Assert.Equal(ReportPeriod.Year(2025), Resolve("jaar", "2025").Period);
        Assert.Equal(ReportPeriod.Custom(new(2025, 9, 1), new(2026, 2, 1)), Resolve("eigen", from: "2025-09", to: "2026-02").Period);
    }

    [Fact]
    public void TheCurrentPeriod_MayBeShownWhileItRuns()
    {
        Assert.Equal(ReportPeriod.Quarter(2026, 2), Resolve("kwartaal", "2026", "2").Period);
        Assert.Equal(ReportPeriod.Year(2026), Resolve("jaar", "2026").Period);
    }

    [Theory]
    [InlineData("kwartaal", "2026", "5", null, null, null, "kwartaal", "Kies een kwartaal van 1 tot en met 4.")]
    [InlineData("kwartaal", "twintig", "1", null, null, null, "jaar", "Kies een jaar van 2020 tot en met 2026.")]
    [InlineData("kwartaal", "2026", "3", null, null, null, "kwartaal", "3e kwartaal 2026 is nog niet begonnen: kies een periode tot en met mei 2026.")]
    [InlineData("maand", "2026", null, "13", null, null, "maand", "Kies een maand van januari tot en met december.")]
    [InlineData("maand", "2026", null, "6", null, null, "maand", "Juni 2026 is nog niet begonnen: kies een periode tot en met mei 2026.")]
    [InlineData("jaar", "2019", null, null, null, null, "jaar", "Kies een jaar van 2020 tot en met 2026.")]
    [InlineData("eigen", null, null, null, "2026-03", "2025-12", "tot", "De periode eindigt voor ze begint: kies bij ‘tot en met’ een maand na ‘van’.")]
    [InlineData("eigen", null, null, null, "maart", "2026-03", "van", "Vul de maand ‘van’ in als jaar-maand, bijvoorbeeld 2026-03.")]
    [InlineData("eigen", null, null, null, "2026-01", null, "tot", "Vul de maand ‘tot en met’ in.")]
    [InlineData("eigen", null, null, null, "2020-01", "2026-01", "tot", "Kies een periode van hoogstens 5 jaar.")]
    [InlineData("week", null, null, null, null, null, "periode", "Kies een maand, een kwartaal, een jaar of een eigen periode.")]
    public void BadInput_IsNoPeriodAndSaysWhyInDutch(string kind, string? year, string? quarter, string? month, string? from, string? to, string field, string message)
    {
        var choice = Resolve(kind, year, quarter, month, from, to);

        Assert.Null(choice.Period);
        Assert.Equal(message, choice.Errors[field]);
    }

    [Fact]
    public void Query_AsksForTheSamePeriodAgain()
    {
        foreach (var period in new[] { ReportPeriod.Month(2025, 2), ReportPeriod.Quarter(2025, 4), ReportPeriod.Year(2024), ReportPeriod.Custom(new(2025, 3, 1), new(2025, 8, 1)) })
        {
            var query = PeriodRequest.Query(period);
            var again = new PeriodRequest(
                query[PeriodRequest.KindField], query.GetValueOrDefault(PeriodRequest.YearField), query.GetValueOrDefault(PeriodRequest.QuarterField),
                query.GetValueOrDefault(PeriodRequest.MonthField), query.GetValueOrDefault(PeriodRequest.FromField), query.GetValueOrDefault(PeriodRequest.ToField));
            Assert.Equal(period, again.Resolve(Today).Period);
        }
    }
}
