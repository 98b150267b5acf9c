using System.Collections.Immutable;
using System.Text.Json;
using Netwerkbijeenkomst.Web.Pages.Reports;
using Netwerkbijeenkomst.Web.Reports;
using Netwerkbijeenkomst.Web.Reports.Access;

namespace Netwerkbijeenkomst.Web.Tests;

/// <summary>What the report pages say about a figure and send to the chart: never a value that is not exact.</summary>
public sealed class ReportRenderingTests
{
    [Theory]
    [InlineData(14, 9, "Gestegen van 9 (2e kwartaal 2026) naar 14.")]
    [InlineData(9, 14, "Gedaald van 14 (2e kwartaal 2026) naar 9.")]
    [InlineData(9, 9, "Gelijk gebleven: ook 9 in de vorige periode (2e kwartaal 2026).")]
    [InlineData(1234, 1000, "Gestegen van 1.000 (2e kwartaal 2026) naar 1.234.")]
    public void Change_BetweenExactFigures_IsSaidInWords(int current, int previous, string expected) =>
        Assert.Equal(expected, FigureChange.Describe(new Figure("besproken", "Besproken casussen", Shown.Exact(current), Shown.Exact(previous)), 5, "2e kwartaal 2026"));

    [Fact]
    public void Change_WithAHiddenSide_IsNotWorkedOut()
    {
        // A leaked value inside a non-exact Shown must not come out either.
        var small = new Shown(ShownKind.Small, 3);
        Assert.Equal("Vorige periode (maart 2026): < 5; niet te vergelijken.", FigureChange.Describe(new Figure("a", "A", Shown.Exact(14), small), 5, "maart 2026"));
        Assert.Equal("Vorige periode (maart 2026): 9; niet te vergelijken.", FigureChange.Describe(new Figure("a", "A", Shown.Protected, Shown.Exact(9)), 5, "maart 2026"));
        Assert.Equal(
            "Niet te vergelijken met maart 2026: beide aantallen zijn klein of afgeschermd.",
            FigureChange.Describe(new Figure("a", "A", new Shown(ShownKind.Protected, 7), small), 5, "maart 2026"));
        Assert.Null(FigureChange.Direction(new Figure("a", "A", small, Shown.Exact(9))));
    }

    [Fact]
    public void ChartIsland_CarriesExactValuesOnly()
    {
        var chart = new FigureChart(
            "per-maand", "Casussen per maand", ChartKind.Line, ["jan", "feb", "mrt"],
            [new ChartSeries("Besproken", [Shown.Exact(9), new Shown(ShownKind.Small, 3), new Shown(ShownKind.Protected, 17)])], "casussen-per-maand");

        var json = ChartIsland.Json(chart, 5);

        using var document = JsonDocument.Parse(json);
        var points = document.RootElement.GetProperty("series")[0].GetProperty("points");
        Assert.Equal(9, points[0].GetProperty("value").GetInt32());
        Assert.False(points[1].TryGetProperty("value", out _));
        Assert.Equal("small", points[1].GetProperty("kind").GetString());
        Assert.Equal("protected", points[2].GetProperty("kind").GetString());
        Assert.DoesNotContain("17", json, StringComparison.Ordinal);
        Assert.Equal("line", document.RootElement.GetProperty("kind").GetString());
    }

    [Fact]
    public void ChartIsland_CannotCloseItsScriptElement()
    {
        var chart = new FigureChart("x", "</script><script>alert(1)</script>", ChartKind.Bar, ["<b>"], ImmutableArray<ChartSeries>.Empty, "t");

        Assert.DoesNotContain("<", ChartIsland.Json(chart, 5), StringComparison.Ordinal);
    }

    [Fact]
    public void ProvinceOnAMunicipality_GetsNoNetworkParts_NorTheirTable()
    {
        var municipality = new ReportScope(ReportScopeKind.Municipality, "Utrecht", "Utrecht");
        var network = new ReportScope(ReportScopeKind.Network, "utrecht", "Netwerk Utrecht");
        var parts = new FigureTable(ReportViewFilter.PartsTableKey, "Per netwerk", ["Bijeenkomsten"], [new FigureTableRow("Netwerk Utrecht", [Shown.Exact(3)])]);
        var themes = new FigureTable("themas", "Thema's", ["Casussen"], [new FigureTableRow("Eenzaamheid", [Shown.Exact(7)])]);
        var view = new ReportView(
            municipality, ReportPeriod.Quarter(2026, 1), ReportPeriod.Quarter(2025, 4), 5,
            [new FigureSection("netwerk", "Netwerk", [], [parts, themes])],
            [new FigureChart("per-netwerk", "Per netwerk", ChartKind.Bar, ["Netwerk Utrecht"], [], ReportViewFilter.PartsTableKey)],
            [], [network]);

        var forProvince = ReportViewFilter.ForViewer(view, [new ReportGrant(municipality, ReportAccess.ProvinceRole)]);
        var forMunicipality = ReportViewFilter.ForViewer(view, [new ReportGrant(municipality, ReportAccess.MunicipalityRole), new ReportGrant(network, ReportAccess.MunicipalityRole)]);

        Assert.Empty(forProvince.Parts);
        Assert.Equal(["themas"], forProvince.Sections.Single().Tables.Select(t => t.Key));
        Assert.Empty(forProvince.Charts);
        Assert.Same(view, forMunicipality);
    }
}
