using System.Collections.Immutable;
using Netwerkbijeenkomst.Web.Reports;

namespace Netwerkbijeenkomst.Web.Tests.Reports;

/// <summary>A quarter's report for a municipality as the builder would hand it over: exact, small, protected and too-few cells.</summary>
public static class ReportSamples
{
    public static readonly ReportPeriod Quarter = ReportPeriod.Quarter(2026, 3);

    public static Figure Count(string key, string label, Shown current, Shown previous) => new(key, label, current, previous);

    public static ReportView Municipality(ImmutableArray<string> narrative = default)
    {
        var meetings = new FigureSection("meetings", "Bijeenkomsten",
        [
            Count("meetings-held", "Bijeenkomsten", Shown.Exact(6), Shown.Exact(6)),
            new("attendance", "Opkomst", Shown.Exact(0.64m), Shown.Exact(0.78m), "P0", "Aanwezige leden gedeeld door actieve leden, per bijeenkomst."),
        ],
        [
            new("attendance-by-month", "Aanwezig per maand", ["juli", "augustus", "september"],
            [
                new("Leden aanwezig", [Shown.Exact(14), Shown.Small, Shown.Exact(12)]),
                new("Leden actief", [Shown.Exact(20), Shown.Exact(19), Shown.Exact(21)]),
            ]),
        ]);
        var cases = new FigureSection("cases", "Casussen",
        [
            Count("cases-discussed", "Besproken casussen", Shown.Exact(14), Shown.Exact(9)),
            Count("escalations", "Escalaties naar zorg", new Shown(ShownKind.Small, 3), Shown.Exact(7)),
            Count("cases-closed", "Afgesloten casussen", Shown.Exact(8), Shown.Protected),
            new("days-to-care", "Mediaan dagen tot in zorg", Shown.TooFew, Shown.Exact(12), "N1"),
        ],
        [
            new("cases-by-theme", "Casussen per thema", ["Netwerk Utrecht-Noord", "Netwerk Utrecht-Zuid", "Totaal"],
            [
                new("Eenzaamheid", [Shown.Exact(6), Shown.Small, Shown.Exact(9)]),
                new("Geld en schulden", [Shown.Small, Shown.Protected, Shown.Exact(5)]),
                new("Wonen", [Shown.Protected, Shown.Small, Shown.Protected]),
            ]),
        ]);
        var value = new FigureSection("value", "Waarde van het werk",
        [
            new("hours", "Uren besteed", Shown.Exact(126.5m), Shown.Exact(110), "N1"),
            new("value-estimate", "Geschatte waarde", Shown.Exact(3795), Shown.Exact(3300), "C0", "Uren maal het ingestelde uurtarief van € 30."),
        ],
        []);
        ImmutableArray<FigureChart> charts =
        [
            new("attendance-chart", "Opkomst per maand", ChartKind.Line, ["juli", "augustus", "september"],
            [
                new("Leden aanwezig", [Shown.Exact(14), Shown.Small, Shown.Exact(12)]),
                new("Leden actief", [Shown.Exact(20), Shown.Exact(19), Shown.Exact(21)]),
            ], "attendance-by-month"),
            new("themes-chart", "Casussen per thema", ChartKind.Bar, ["Eenzaamheid", "Geld en schulden", "Wonen"],
            [
                new("Totaal", [Shown.Exact(9), Shown.Exact(5), Shown.Protected]),
            ], "cases-by-theme"),
        ];
        return new ReportView(
            new ReportScope(ReportScopeKind.Municipality, "Utrecht", "Utrecht"),
            Quarter,
            Quarter.Previous(),
            5,
            [meetings, cases, value],
            charts,
            narrative.IsDefault ? [] : narrative,
            [new(ReportScopeKind.Network, "n1", "Netwerk Utrecht-Noord"), new(ReportScopeKind.Network, "n2", "Netwerk Utrecht-Zuid")]);
    }
}
