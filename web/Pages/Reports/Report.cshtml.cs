using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Netwerkbijeenkomst.Web.Formatting;
using Netwerkbijeenkomst.Web.Reports;
using Netwerkbijeenkomst.Web.Reports.Access;

namespace Netwerkbijeenkomst.Web.Pages.Reports;

/// <summary>
/// The report of one network, municipality or province for a period of whole months: figures against the previous
/// period, tables, charts, the parts the viewer may open, and the exports. A scope the viewer may not see is not found.
/// </summary>
public sealed class ReportModel(ReportAccess access, IReportBuilder builder, TimeProvider time) : PageModel
{
    public ReportGrant Grant { get; private set; } = null!;

    public PickerView Picker { get; private set; } = null!;

    /// <summary>Null when the period asked for is not one; the picker then shows why.</summary>
    public ReportView? View { get; private set; }

    /// <summary>The parts of the scope the viewer may open themselves (a province account: municipalities, not networks).</summary>
    public IReadOnlyList<ReportScope> Parts => View is { } view ? view.Parts : [];

    public string Title => ReportScopeRoutes.Title(Grant.Scope);

    public async Task<IActionResult> OnGetAsync(string soort, string id, CancellationToken cancellationToken)
    {
        if (ReportScopeRoutes.Kind(soort) is not { } kind)
        {
            return NotFound();
        }

        var visible = await access.VisibleAsync(User, cancellationToken);
        if (visible.FirstOrDefault(g => g.Scope.Kind == kind && string.Equals(g.Scope.Id, id, StringComparison.Ordinal)) is not { } grant)
        {
            return NotFound();
        }

        Grant = grant;
        var input = PeriodRequest.FromQuery(Request.Query);
        var today = DutchFormat.Today(time.GetUtcNow());
        var choice = input.Resolve(today);
        Picker = new PickerView(ReportScopeRoutes.Path(grant.Scope), input, choice.Period, choice.Errors, today);
        if (choice.Period is { } period)
        {
            View = ReportViewFilter.ForViewer(await builder.BuildAsync(grant.Scope, period, cancellationToken), visible);
        }

        return Page();
    }

    /// <summary>Whether anything was recorded in either period: all zeros means the network has not started reporting yet.</summary>
    public bool HasFigures => View is { } view && view.Sections.Any(s =>
        s.Figures.Any(f => !IsZero(f.Current) || !IsZero(f.Previous)) ||
        s.Tables.Any(t => t.Rows.Any(r => r.Cells.Any(c => !IsZero(c)))));

    /// <summary>The chart drawn from <paramref name="table"/>'s data, shown above it; none when it would draw no bar or line at all.</summary>
    public FigureChart? ChartOf(FigureTable table) =>
        View?.Charts.FirstOrDefault(c => c.TableKey == table.Key && c.Series.Any(s => s.Points.Any(p => p is { IsExact: true, Value: not 0 })));

    public TableView TableView(FigureTable table, int index) =>
        new(table, View!.Threshold, ReportLinks.Csv(Grant.Scope, View.Period, table.Key), $"tabel-{index}");

    private static bool IsZero(Shown shown) => shown is { IsExact: true, Value: 0 };
}
