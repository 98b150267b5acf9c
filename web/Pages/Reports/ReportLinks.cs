using Microsoft.AspNetCore.WebUtilities;
using Netwerkbijeenkomst.Web.Reports;
using Netwerkbijeenkomst.Web.Reports.Access;

namespace Netwerkbijeenkomst.Web.Pages.Reports;

/// <summary>The addresses of a report page and its exports, each keeping the period asked for.</summary>
public static class ReportLinks
{
    public static string Page(ReportScope scope, ReportPeriod period) =>
        QueryHelpers.AddQueryString(ReportScopeRoutes.Path(scope), PeriodRequest.Query(period));

    public static string Csv(ReportScope scope, ReportPeriod period, string tableKey) =>
        QueryHelpers.AddQueryString($"{ReportScopeRoutes.Path(scope)}/tabel/{Uri.EscapeDataString(tableKey)}.csv", PeriodRequest.Query(period));

    /// <summary>All figures against the previous period in one CSV file.</summary>
    public static string Figures(ReportScope scope, ReportPeriod period) =>
        QueryHelpers.AddQueryString($"{ReportScopeRoutes.Path(scope)}/{ReportFileModel.Figures}", PeriodRequest.Query(period));

    /// <summary>The figures and every table as CSV files in one zip.</summary>
    public static string AllTables(ReportScope scope, ReportPeriod period) =>
        QueryHelpers.AddQueryString($"{ReportScopeRoutes.Path(scope)}/{ReportFileModel.AllTables}", PeriodRequest.Query(period));

    /// <summary>The quarterly report of the quarter the period ends in.</summary>
    public static string QuarterlyPdf(ReportScope scope, ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return QueryHelpers.AddQueryString($"{ReportScopeRoutes.Path(scope)}/{ReportFileModel.QuarterlyPdf}", PeriodRequest.Query(QuarterOf(period)));
    }

    public static ReportPeriod QuarterOf(ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return period.Kind == ReportPeriodKind.Quarter ? period : ReportPeriod.Quarter(period.Last.Year, ((period.Last.Month - 1) / 3) + 1);
    }
}
