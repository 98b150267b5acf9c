using Netwerkbijeenkomst.Web.Reports;

namespace Netwerkbijeenkomst.Web.Pages.Reports;

/// <summary>What the table partial needs: the table, the threshold its "&lt; n" shows, and where its CSV file is.</summary>
public sealed record TableView(FigureTable Table, int Threshold, string CsvPath, string Id)
{
    /// <summary>Every count is small, hidden or nought: the table then only shows which parts there are, and says so.</summary>
    public bool NothingToShow =>
        Table.Rows.Any(r => r.Cells.Any(c => !c.IsExact)) && !Table.Rows.Any(r => r.Cells.Any(c => c is { IsExact: true, Value: not 0 }));
}
