namespace Netwerkbijeenkomst.Web.Reports;

/// <summary>Builds a <see cref="ReportView"/> from the report projection; the caller has already checked who may see the scope.</summary>
public interface IReportBuilder
{
    Task<ReportView> BuildAsync(ReportScope scope, ReportPeriod period, CancellationToken cancellationToken);
}
