using System.Collections.Immutable;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Web.Formatting;
using Netwerkbijeenkomst.Web.Reports.Disclosure;
using Netwerkbijeenkomst.Web.Reports.Export;
using Netwerkbijeenkomst.Web.Reports.Projection;

namespace Netwerkbijeenkomst.Web.Reports.Building;

/// <summary>Turns the protected cubes into the report's sections, tables and charts for one scope and period.</summary>
internal sealed class ReportComposer(ReportScope scope, ReportPeriod period, ReportScopes scopes, ReportCubes cubes, int threshold, decimal hourlyRate)
{
    private readonly ReportPeriod _previous = period.Previous();

    public ImmutableArray<FigureSection> Sections() => [Meetings(), Cases(), Escalations(), ActionPoints(), Network(), Value()];

    /// <summary>The charts, each drawn from exactly the rows and columns of the table it names.</summary>
    public static ImmutableArray<FigureChart> Charts(ImmutableArray<FigureSection> sections)
    {
        var tables = sections.SelectMany(s => s.Tables).ToDictionary(t => t.Key, StringComparer.Ordinal);
        return
        [
            ChartOf("trend-bijeenkomsten", ChartKind.Line, tables["verloop-bijeenkomsten"]),
            ChartOf("trend-casussen", ChartKind.Line, tables["verloop-casussen"]),
            ChartOf("thema-grafiek", ChartKind.Bar, tables["themas"]),
            ChartOf("soort-zorg-grafiek", ChartKind.Bar, tables["soort-zorg"]),
        ];
    }

    private static FigureChart ChartOf(string key, ChartKind kind, FigureTable table) =>
        new(key, table.Title, kind, [.. table.Rows.Select(r => r.Label)],
            [.. table.Columns.Select((column, i) => new ChartSeries(column, [.. table.Rows.Select(r => r.Cells[i])]))], table.Key);

    private static IReadOnlyList<string> ThemeLabels => [.. Enum.GetValues<CaseTheme>().Select(DutchFormat.Name)];

    private static IReadOnlyList<string> KindLabels => [.. Enum.GetValues<InstitutionKind>().Select(DutchFormat.Name)];

    private FigureSection Meetings()
    {
        var attendance = cubes[ReportMeasure.Attendance];
        var steps = Steps();
        return new FigureSection("bijeenkomsten", "Bijeenkomsten",
        [
            new Figure("meetings-held", "Gehouden bijeenkomsten", MeetingsHeld(period), MeetingsHeld(_previous)),
            Figure("attendance", "Aanwezige vertrouwenspersonen (opgeteld over de bijeenkomsten)", attendance),
            new Figure("attendance-average", "Gemiddeld aanwezig per bijeenkomst", AveragePresent(period), AveragePresent(_previous), "N1"),
            new Figure("turnout", "Opkomst: gemiddeld aanwezig van de actieve vertrouwenspersonen", Turnout(period), Turnout(_previous), "P0",
                "Gemiddeld aantal aanwezigen per bijeenkomst gedeeld door het aantal actieve vertrouwenspersonen aan het eind van de periode."),
        ],
        [
            new FigureTable("verloop-bijeenkomsten", "Bijeenkomsten en aanwezigen per " + StepName, ["Bijeenkomsten", "Aanwezigen"],
                [.. steps.Select(s => new FigureTableRow(s.Label, [MeetingsHeld(s), attendance.Total(scope, s)]))]),
        ]);
    }

    private FigureSection Cases()
    {
        var submitted = cubes[ReportMeasure.CasesSubmittedByAgeBand];
        var discussed = cubes[ReportMeasure.CasesDiscussedByAgeBand];
        var closed = cubes[ReportMeasure.CasesClosedByOutcome];
        var steps = Steps();
        return new FigureSection("casussen", "Casussen",
        [
            Figure("cases-submitted", "Ingebrachte casussen", submitted),
            Figure("cases-discussed", "Besproken casussen", discussed),
            Figure("advice-given", "Gegeven adviezen", cubes[ReportMeasure.AdviceGiven]),
            Figure("cases-closed", "Afgesloten casussen", closed),
            new Figure("communities-reached", "Bereikte gemeenschappen", Reached(i => cubes[ReportMeasure.CasesSubmittedByCommunity].Category(scope, period, i), ReportCommunities.List.Other),
                Reached(i => cubes[ReportMeasure.CasesSubmittedByCommunity].Category(scope, _previous, i), ReportCommunities.List.Other), "N0",
                "Het aantal gemeenschappen uit de vaste lijst waaruit een casus werd ingebracht."),
        ],
        [
            new FigureTable("verloop-casussen", "Casussen per " + StepName, ["Ingebracht", "Besproken"],
                [.. steps.Select(s => new FigureTableRow(s.Label, [submitted.Total(scope, s), discussed.Total(scope, s)]))]),
            Breakdown("themas", "Casussen per thema (een casus kan meer thema's hebben)", ThemeLabels,
                cubes[ReportMeasure.CasesSubmittedByTheme], cubes[ReportMeasure.CasesDiscussedByTheme]),
            Breakdown("leeftijd", "Casussen per leeftijdsgroep", [.. Enum.GetValues<AgeBand>().Select(DutchFormat.Name)], submitted, discussed),
            Breakdown("gemeenschap", "Casussen per gemeenschap", ReportCommunities.List.Labels,
                cubes[ReportMeasure.CasesSubmittedByCommunity], cubes[ReportMeasure.CasesDiscussedByCommunity]),
            Single("afloop", "Afgesloten casussen per afloop", [.. Enum.GetValues<CaseOutcome>().Select(DutchFormat.Name)], closed),
        ]);
    }

    private FigureSection Escalations()
    {
        var byKind = cubes[ReportMeasure.EscalationsByKind];
        var settled = cubes[ReportMeasure.EscalationsSettled];
        return new FigureSection("opschaling", "Opschaling naar zorg",
        [
            Figure("escalations", "Opschalingen naar zorg", byKind),
            new Figure("in-care", "In zorg gekomen", settled.Category(scope, period, ReportEscalationOutcomes.InCare), settled.Category(scope, _previous, ReportEscalationOutcomes.InCare)),
            new Figure("days-to-care", "De mediaan van het aantal dagen van opschaling tot in zorg", MedianDaysToCare(period), MedianDaysToCare(_previous), "N0",
                $"Alleen getoond bij ten minste {threshold} opschalingen die in de periode in zorg kwamen."),
        ],
        [
            Single("soort-zorg", "Opschalingen per soort zorg", KindLabels, byKind),
            Single("uitkomst-opschaling", "Afgeronde opschalingen per uitkomst", ReportEscalationOutcomes.Labels, settled),
        ]);
    }

    private FigureSection ActionPoints()
    {
        var closed = cubes[ReportMeasure.ActionPointsClosed];
        return new FigureSection("actiepunten", "Actiepunten",
        [
            Figure("action-points-opened", "Nieuwe actiepunten", cubes[ReportMeasure.ActionPointsOpened]),
            new Figure("action-points-done", "Actiepunten gedaan", closed.Category(scope, period, (int)ActionPointOutcome.Done), closed.Category(scope, _previous, (int)ActionPointOutcome.Done)),
            Figure("action-points-overdue", "Actiepunten over de datum aan het eind van de periode", cubes.ActionPointsOverdue),
        ],
        [
            Single("actiepunten-afloop", "Afgeronde actiepunten per afloop", [.. Enum.GetValues<ActionPointOutcome>().Select(DutchFormat.Name)], closed),
        ]);
    }

    private FigureSection Network()
    {
        var tables = ImmutableArray.CreateBuilder<FigureTable>();
        tables.Add(new FigureTable("talen", "Actieve vertrouwenspersonen per taal (aan het eind van de periode)", [period.Label, _previous.Label],
            [.. ReportLanguages.List.Labels.Select((label, i) => new FigureTableRow(label, [cubes.MembersByLanguage[i].Total(scope, period), cubes.MembersByLanguage[i].Total(scope, _previous)]))]));
        if (scopes.Parts.Count > 0)
        {
            tables.Add(new FigureTable(Access.ReportViewFilter.PartsTableKey, scope.Kind == ReportScopeKind.Province ? "Per gemeente" : "Per netwerk",
                ["Bijeenkomsten", "Besproken casussen", "Opschalingen", "Actieve vertrouwenspersonen"],
                [.. scopes.Parts.Select(part => new FigureTableRow(part.Name,
                [
                    Shown.Exact(cubes.Raw(ReportMeasure.MeetingsHeld, Networks(part), period)),
                    cubes[ReportMeasure.CasesDiscussedByAgeBand].Total(part, period),
                    cubes[ReportMeasure.EscalationsByKind].Total(part, period),
                    cubes.MembersActive.Total(part, period),
                ]))]));
        }

        return new FigureSection("netwerk", "Netwerk",
        [
            Figure("members-active", "Actieve vertrouwenspersonen (aan het eind van de periode)", cubes.MembersActive),
            new Figure("languages-reached", "Talen van de actieve vertrouwenspersonen", Reached(i => cubes.MembersByLanguage[i].Total(scope, period), ReportLanguages.List.Other),
                Reached(i => cubes.MembersByLanguage[i].Total(scope, _previous), ReportLanguages.List.Other)),
            new Figure("institutions-new", "Nieuwe instellingen op de sociale kaart",
                Shown.Exact(cubes.Raw(ReportMeasure.InstitutionsAdded, scopes.ScopeNetworks, period)), Shown.Exact(cubes.Raw(ReportMeasure.InstitutionsAdded, scopes.ScopeNetworks, _previous))),
        ],
        tables.ToImmutable());
    }

    private FigureSection Value()
    {
        var hours = Hours(period);
        var previousHours = Hours(_previous);
        return new FigureSection(ReportNarrative.ValueSection, "Waarde van het werk",
        [
            new Figure("hours", "Uren die vertrouwenspersonen gaven", hours.Total, previousHours.Total, "N0",
                "Bijeenkomsten (geplande duur × aanwezigen) plus de uren die vertrouwenspersonen bij casussen schreven."),
            new Figure("value-estimate", "Geschatte waarde van het werk", Times(hours.Total, hourlyRate), Times(previousHours.Total, hourlyRate), "C0",
                $"Uren × {hourlyRate.ToString("C2", DutchFormat.Culture)} per uur."),
            new Figure("institution-contacts", "Contacten met instellingen", Contacts(period), Contacts(_previous), "N0",
                "Opschalingen naar zorg plus instellingen die als gast op een bijeenkomst kwamen."),
        ],
        [
            new FigureTable("uren", "Uren van de vertrouwenspersonen", [period.Label, _previous.Label],
            [
                new FigureTableRow("Bijeenkomsten", [hours.Meetings, previousHours.Meetings]),
                new FigureTableRow("Bij casussen", [hours.Cases, previousHours.Cases]),
                new FigureTableRow("Totaal", [hours.Total, previousHours.Total]),
            ], "N1"),
        ]);
    }

    private Figure Figure(string key, string label, ProtectedCube cube) => new(key, label, cube.Total(scope, period), cube.Total(scope, _previous));

    private FigureTable Single(string key, string title, IReadOnlyList<string> labels, ProtectedCube cube) =>
        new(key, title, [period.Label, _previous.Label],
            [.. labels.Select((label, i) => new FigureTableRow(label, [cube.Category(scope, period, i), cube.Category(scope, _previous, i)]))]);

    private FigureTable Breakdown(string key, string title, IReadOnlyList<string> labels, ProtectedCube submitted, ProtectedCube discussed) =>
        new(key, title, ["Ingebracht", "Besproken"],
            [.. labels.Select((label, i) => new FigureTableRow(label, [submitted.Category(scope, period, i), discussed.Category(scope, period, i)]))]);

    private Shown MeetingsHeld(ReportPeriod when) => Shown.Exact(cubes.Raw(ReportMeasure.MeetingsHeld, scopes.ScopeNetworks, when));

    private Shown AveragePresent(ReportPeriod when)
    {
        var meetings = cubes.Raw(ReportMeasure.MeetingsHeld, scopes.ScopeNetworks, when);
        var present = cubes[ReportMeasure.Attendance].Total(scope, when);
        return present.IsExact && meetings > 0 ? Shown.Exact(Math.Round(present.Value / meetings, 1)) : Shown.TooFew;
    }

    private Shown Turnout(ReportPeriod when)
    {
        var average = AveragePresent(when);
        var active = cubes.MembersActive.Total(scope, when);
        return average.IsExact && active is { IsExact: true, Value: > 0 } ? Shown.Exact(Math.Round(average.Value / active.Value, 2)) : Shown.TooFew;
    }

    /// <summary>How many named categories have a count: a count itself, so it is hidden when any category's count is.</summary>
    private static Shown Reached(Func<int, Shown> category, int named)
    {
        var reached = 0;
        for (var i = 0; i < named; i++)
        {
            var shown = category(i);
            if (shown.Kind == ShownKind.Protected || shown.Kind == ShownKind.TooFew)
            {
                return Shown.Protected;
            }

            reached += shown.Kind == ShownKind.Small || shown.Value > 0 ? 1 : 0;
        }

        return Shown.Exact(reached);
    }

    /// <summary>The median over the escalations that reached care in the period, shown only when their count is exact and not small.</summary>
    private Shown MedianDaysToCare(ReportPeriod when)
    {
        var count = cubes[ReportMeasure.EscalationsSettled].Category(scope, when, ReportEscalationOutcomes.InCare);
        if (!count.IsExact || count.Value < threshold)
        {
            return Shown.TooFew;
        }

        var networks = scopes.ScopeNetworks.ToHashSet(StringComparer.Ordinal);
        var days = cubes.InCare
            .Where(e => networks.Contains(e.NetworkId) && e.InCareOn is { } on && when.Contains(on))
            .Select(e => e.InCareOn!.Value.DayNumber - e.EscalatedOn.DayNumber)
            .Order()
            .ToList();
        if (days.Count == 0)
        {
            return Shown.TooFew;
        }

        var middle = days.Count / 2;
        return Shown.Exact(days.Count % 2 == 1 ? days[middle] : (days[middle - 1] + days[middle]) / 2m);
    }

    /// <summary>Meeting hours rest on the attendance count, case hours on the number of entries: each shown only when that count is exact.</summary>
    private (Shown Meetings, Shown Cases, Shown Total) Hours(ReportPeriod when)
    {
        var attendance = cubes[ReportMeasure.Attendance].Total(scope, when);
        var entries = cubes[ReportMeasure.CaseHourEntries].Total(scope, when);
        var meetings = attendance.IsExact
            ? Shown.Exact(Math.Round(cubes.Raw(ReportMeasure.MeetingPersonMinutes, scopes.ScopeNetworks, when) / 60m, 1))
            : Shown.Protected;
        var cases = entries.IsExact
            ? Shown.Exact(cubes.Raw(ReportMeasure.CaseQuarterHours, scopes.ScopeNetworks, when) / 4m)
            : Shown.Protected;
        var total = meetings.IsExact && cases.IsExact ? Shown.Exact(meetings.Value + cases.Value) : Shown.Protected;
        return (meetings, cases, total);
    }

    private static Shown Times(Shown hours, decimal rate) => hours.IsExact ? Shown.Exact(Math.Round(hours.Value * rate, 0)) : hours;

    private Shown Contacts(ReportPeriod when)
    {
        var escalations = cubes[ReportMeasure.EscalationsByKind].Total(scope, when);
        return escalations.IsExact
            ? Shown.Exact(escalations.Value + cubes.Raw(ReportMeasure.GuestInstitutions, scopes.ScopeNetworks, when))
            : Shown.Protected;
    }

    private IEnumerable<string> Networks(ReportScope part) => part.Kind == ReportScopeKind.Network
        ? [part.Id]
        : scopes.Tree.Networks.GetValueOrDefault(part.Id) ?? [];

    private string StepName => period.Months <= 12 ? "maand" : "kwartaal";

    /// <summary>The trend's steps: each month for periods up to a year, else blocks of three months from the period's start.</summary>
    private List<ReportPeriod> Steps()
    {
        if (period.Months <= 12)
        {
            return [.. period.EachMonth().Select(m => ReportPeriod.Month(m.Year, m.Month))];
        }

        var steps = new List<ReportPeriod>();
        for (var first = period.First; first <= period.Last; first = first.AddMonths(3))
        {
            var last = first.AddMonths(2) > period.Last ? period.Last : first.AddMonths(2);
            steps.Add(first.Month % 3 == 1 && last == first.AddMonths(2) ? ReportPeriod.Quarter(first.Year, ((first.Month - 1) / 3) + 1) : ReportPeriod.Custom(first, last));
        }

        return steps;
    }
}
