using Netwerkbijeenkomst.Web.Reports;

namespace Netwerkbijeenkomst.Web.Pages.Reports;

/// <summary>What the table partial needs: the table, the threshold its "&lt; n" shows, and where its CSV file is.</summary>
public sealed record TableView(FigureTable Table, int Threshold, string CsvPath, string Id);
