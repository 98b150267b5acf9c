namespace Netwerkbijeenkomst.Web.Reports.Access;

/// <summary>
/// Trims a built report to what its viewer may open: the parts they may see, and no per-part table when they may not
/// see the parts (a province account on a municipality: not its networks). Pages, PDF and CSV all render the trimmed view.
/// </summary>
public static class ReportViewFilter
{
    /// <summary>The builder's table with one row per part of the scope (per network, per municipality).</summary>
    public const string PartsTableKey = "onderdelen";

    public static ReportView ForViewer(ReportView view, IReadOnlyList<ReportGrant> visible)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(visible);
        var parts = view.Parts.Where(p => visible.Any(g => g.Scope.Kind == p.Kind && string.Equals(g.Scope.Id, p.Id, StringComparison.Ordinal))).ToList();
        if (parts.Count == view.Parts.Length)
        {
            return view;
        }

        var sections = view.Sections.Select(s => s with { Tables = [.. s.Tables.Where(t => t.Key != PartsTableKey)] });
        return view with
        {
            Sections = [.. sections],
            Charts = [.. view.Charts.Where(c => c.TableKey != PartsTableKey)],
            Parts = [.. parts],
        };
    }
}
