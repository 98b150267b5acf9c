using System.Collections.Immutable;

namespace Netwerkbijeenkomst.Web.Reports;

/// <summary>
/// Everything one report page, PDF or CSV shows for a scope and period: figures only, every count already protected
/// (<see cref="Shown"/>). Built by the report builder; pages, PDF and CSV only render it.
/// </summary>
public sealed record ReportView(
    ReportScope Scope,
    ReportPeriod Period,
    ReportPeriod Previous,
    int Threshold,
    ImmutableArray<FigureSection> Sections,
    ImmutableArray<FigureChart> Charts,
    ImmutableArray<string> Narrative,
    ImmutableArray<ReportScope> Parts);

/// <summary>A group of figures with its tables, e.g. "Bijeenkomsten", "Casussen", "Waarde van het werk".</summary>
public sealed record FigureSection(string Key, string Title, ImmutableArray<Figure> Figures, ImmutableArray<FigureTable> Tables);

/// <summary>One figure for the period and the previous period; <see cref="Format"/> is a .NET number format ("N0", "N1", "C0").</summary>
public sealed record Figure(string Key, string Label, Shown Current, Shown Previous, string Format = "N0", string? Explanation = null);

/// <summary>A table: a label column, then <see cref="Columns"/>; every cell already protected.</summary>
public sealed record FigureTable(string Key, string Title, ImmutableArray<string> Columns, ImmutableArray<FigureTableRow> Rows, string Format = "N0");

public sealed record FigureTableRow(string Label, ImmutableArray<Shown> Cells);

public enum ChartKind
{
    Line,
    Bar,
}

/// <summary>A chart drawn from the same data as the table <see cref="TableKey"/>, which is shown beneath it.</summary>
public sealed record FigureChart(string Key, string Title, ChartKind Kind, ImmutableArray<string> Labels, ImmutableArray<ChartSeries> Series, string TableKey);

/// <summary>One line or set of bars; a point that is not <see cref="ShownKind.Exact"/> is drawn as a gap.</summary>
public sealed record ChartSeries(string Label, ImmutableArray<Shown> Points);
