using System.Collections.Immutable;
using Netwerkbijeenkomst.Web.Reports;
using Netwerkbijeenkomst.Web.Reports.Export;

namespace Netwerkbijeenkomst.Web.Tests.Reports;

public sealed class ReportNarrativeTests
{
    private static ImmutableArray<string> Compose(ReportView view) => ReportNarrative.Compose(view.Sections, view.Period, view.Previous);

    [Fact]
    public void Compose_TellsTheChangeOfExactFigures_InDutch()
    {
        var sentences = Compose(ReportSamples.Municipality());

        Assert.Equal("Deze samenvatting vergelijkt 3e kwartaal 2026 met 2e kwartaal 2026.", sentences[0]);
        Assert.Contains("Het aantal besproken casussen steeg van 9 naar 14.", sentences);
        Assert.Contains("Het aantal bijeenkomsten bleef gelijk (6).", sentences);
        Assert.Contains(sentences, s => s.StartsWith("De opkomst daalde van 78", StringComparison.Ordinal) && s.Contains("naar 64", StringComparison.Ordinal));
    }

    [Fact]
    public void Compose_TellsTheValueOfTheWork_InHoursAndMoney()
    {
        var sentences = Compose(ReportSamples.Municipality());

        Assert.Contains("De vertrouwenspersonen gaven samen 126,5 uur aan het werk; tegen het ingestelde uurtarief is dat naar schatting € 3.795 waard.", sentences.Select(s => s.Replace('\u00a0', ' ')));
    }

    [Fact]
    public void Compose_NeverTellsADirection_WhenEitherSideIsNotExact()
    {
        var sentences = Compose(ReportSamples.Municipality());

        var escalations = Assert.Single(sentences, s => s.Contains("escalaties", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("Kleine aantallen zijn afgeschermd; daarom noemen we hier niet het aantal escalaties naar zorg.", escalations);
        Assert.DoesNotContain("3", escalations, StringComparison.Ordinal);
        var closed = Assert.Single(sentences, s => s.Contains("afgesloten casussen", StringComparison.Ordinal));
        Assert.StartsWith("Het aantal afgesloten casussen was 8;", closed, StringComparison.Ordinal);
        Assert.DoesNotContain("steeg", closed, StringComparison.Ordinal);
        Assert.DoesNotContain("daalde", closed, StringComparison.Ordinal);
        Assert.Contains("Er zijn te weinig gegevens voor de mediaan dagen tot in zorg.", sentences);
        Assert.DoesNotContain(sentences, s => s.Contains("12", StringComparison.Ordinal) && s.Contains("mediaan", StringComparison.Ordinal));
    }

    [Fact]
    public void Compose_TakesTheFirstCountOfEachSection_WhenTheKeysAreUnknown()
    {
        var period = ReportPeriod.Month(2026, 3);
        ImmutableArray<FigureSection> sections =
        [
            new("a", "Eerste", [new("x-1", "Gesprekken", Shown.Exact(20), Shown.Exact(25)), new("x-2", "Telefoontjes", Shown.Exact(30), Shown.Exact(10))], []),
            new("b", "Tweede", [new("y-1", "Aandeel", Shown.Exact(0.5m), Shown.Exact(0.4m), "P0"), new("y-2", "Bezoeken", Shown.Exact(11), Shown.Exact(11))], []),
        ];

        var sentences = ReportNarrative.Compose(sections, period, period.Previous());

        Assert.Equal<string>(
            ["Deze samenvatting vergelijkt maart 2026 met februari 2026.", "Het aantal gesprekken daalde van 25 naar 20.", "Het aantal bezoeken bleef gelijk (11)."],
            sentences);
    }

    [Fact]
    public void Compose_SaysNothing_WithoutFigures()
    {
        var period = ReportPeriod.Year(2026);

        Assert.Empty(ReportNarrative.Compose([], period, period.Previous()));
        Assert.Empty(ReportNarrative.Compose([new("a", "Leeg", [], [])], period, period.Previous()));
    }

    [Fact]
    public void Compose_KeepsAnAbbreviationsCapitals()
    {
        var period = ReportPeriod.Month(2026, 3);
        ImmutableArray<FigureSection> sections = [new("a", "Zorg", [new("ggz-referrals", "GGZ-verwijzingen", Shown.Exact(6), Shown.Exact(5))], [])];

        Assert.Contains("Het aantal GGZ-verwijzingen steeg van 5 naar 6.", ReportNarrative.Compose(sections, period, period.Previous()));
    }
}
