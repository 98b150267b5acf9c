using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Netwerkbijeenkomst.Web.Reports;
using Netwerkbijeenkomst.Web.Reports.Export;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests.Reports;

public sealed partial class QuarterlyReportPdfTests
{
    private static readonly DateTimeOffset MadeAt = new(2026, 10, 5, 23, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task Render_HoldsTitleSummaryFiguresAndProtectedMarkers_AsPdftotextReadsThem()
    {
        var view = ReportSamples.Municipality(["Het aantal besproken casussen steeg van 9 naar 14."]);

        var text = Words(await Pdftotext.ReadAsync(QuarterlyReportPdf.Render(view, MadeAt), raw: true));

        Assert.Contains("Kwartaalrapportage 3e kwartaal 2026 — gemeente Utrecht", text, StringComparison.Ordinal);
        Assert.Contains("Periode: 1 juli 2026 t/m 30 september 2026, vergeleken met 2e kwartaal 2026.", text, StringComparison.Ordinal);
        Assert.Contains("Netwerken in deze gemeente: Netwerk Utrecht-Noord, Netwerk Utrecht-Zuid", text, StringComparison.Ordinal);
        Assert.Contains("Gemaakt op 6 oktober 2026.", text, StringComparison.Ordinal);
        Assert.Contains("Het aantal besproken casussen steeg van 9 naar 14.", text, StringComparison.Ordinal);
        Assert.Contains("Besproken casussen 14 9", text, StringComparison.Ordinal);
        Assert.Contains("Escalaties naar zorg < 5 7", text, StringComparison.Ordinal);
        Assert.Contains("Afgesloten casussen 8 afgeschermd", text, StringComparison.Ordinal);
        Assert.Contains("Mediaan dagen tot in zorg te weinig gegevens 12,0", text, StringComparison.Ordinal);
        Assert.Contains("Geld en schulden < 5 afgeschermd 5", text, StringComparison.Ordinal);
        Assert.Contains("Uren maal het ingestelde uurtarief", text, StringComparison.Ordinal);
        Assert.Contains("< 5: een aantal van 1 tot en met 4", text, StringComparison.Ordinal);
        Assert.Contains("afgeschermd: een cijfer dat verborgen is", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_DrawsTheChartsOnTheirOwnPages_WithTheirTablesNamed()
    {
        var text = await Pdftotext.ReadAsync(QuarterlyReportPdf.Render(ReportSamples.Municipality(), MadeAt), raw: true);

        var pages = text.Split('\f', StringSplitOptions.RemoveEmptyEntries).Select(Words).Where(p => p.Length > 0).ToList();
        var charts = pages.FindIndex(p => p.StartsWith("Grafieken", StringComparison.Ordinal));
        Assert.True(charts > 0, "The charts start a page of their own after the figures.");
        var chartText = string.Join(' ', pages.Skip(charts));
        Assert.Contains("Opkomst per maand", chartText, StringComparison.Ordinal);
        Assert.Contains("De cijfers staan in de tabel ‘Aanwezig per maand’.", chartText, StringComparison.Ordinal);
        Assert.Contains("Niet getekend:", chartText, StringComparison.Ordinal);
        Assert.Contains("Eenzaamheid", chartText, StringComparison.Ordinal);
        Assert.Contains($"pagina {pages.Count} van {pages.Count}", pages[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_NeverPrintsTheValueOfACellThatIsNotExact()
    {
        var hidden = new FigureSection("cases", "Casussen",
            [new("cases-discussed", "Besproken casussen", new Shown(ShownKind.Small, 3), new Shown(ShownKind.Protected, 4711))],
            [new("t", "Per thema", ["Aantal"], [new("Wonen", [new Shown(ShownKind.TooFew, 8123)])])]);
        var chart = new FigureChart("c", "Per thema", ChartKind.Bar, ["Wonen"], [new("Aantal", [new Shown(ShownKind.Protected, 6255)])], "t");
        var view = ReportSamples.Municipality() with { Sections = [hidden], Charts = [chart] };

        var text = await Pdftotext.ReadAsync(QuarterlyReportPdf.Render(view, MadeAt), raw: true);

        Assert.DoesNotContain("4711", text, StringComparison.Ordinal);
        Assert.DoesNotContain("4.711", text, StringComparison.Ordinal);
        Assert.DoesNotContain("8123", text, StringComparison.Ordinal);
        Assert.DoesNotContain("8.123", text, StringComparison.Ordinal);
        Assert.DoesNotContain("6.255", text, StringComparison.Ordinal);
        Assert.Contains("Besproken casussen < 5 afgeschermd", Words(text), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_CarriesAWideTableOnUnderItself_AndKeepsEveryColumn()
    {
        var months = Enumerable.Range(1, 12).Select(m => ReportPeriod.Month(2026, m).Label).ToImmutableArray();
        var table = new FigureTable("wide", "Casussen per maand", months, [new("Besproken", [.. Enumerable.Range(1, 12).Select(m => Shown.Exact(100 + m))])]);
        var view = ReportSamples.Municipality() with { Sections = [new("cases", "Casussen", [], [table])], Charts = [] };

        var text = Words(await Pdftotext.ReadAsync(QuarterlyReportPdf.Render(view, MadeAt), raw: true));

        Assert.All(months, month => Assert.Contains(month, text, StringComparison.Ordinal));
        Assert.All(Enumerable.Range(101, 12), value => Assert.Contains(value.ToString(System.Globalization.CultureInfo.InvariantCulture), text, StringComparison.Ordinal));
        Assert.True(Regex.Count(text, "Besproken") >= 2, "The label column is repeated where the table carries on.");
    }

    [Fact]
    public async Task Render_SaysSo_WhenThereAreNoFiguresYet()
    {
        var view = ReportSamples.Municipality() with { Sections = [], Charts = [], Narrative = [], Parts = [] };

        var text = Words(await Pdftotext.ReadAsync(QuarterlyReportPdf.Render(view, MadeAt), raw: true));

        Assert.Contains("Er zijn nog geen cijfers voor deze periode.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Grafieken", text, StringComparison.Ordinal);
    }

    [Fact]
    public void FileName_IsSortableAndPlain()
    {
        var view = ReportSamples.Municipality() with { Scope = new(ReportScopeKind.Province, "Fryslân", "Fryslân") };

        Assert.Equal("rapportage-2026-k3-provincie-fryslan.pdf", ReportNames.FileName(view, "pdf"));
        Assert.Equal("Kwartaalrapportage 3e kwartaal 2026 — provincie Fryslân", ReportNames.Title(view));
    }

    // pdftotext breaks lines and lays out table cells where the PDF does; the tests read the text as one run of words.
    private static string Words(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
