using Netwerkbijeenkomst.Web.Reports;

namespace Netwerkbijeenkomst.Web.Pages.Reports;

/// <summary>The period a report page shows, or, for input that is not a period, a Dutch message per field and no period.</summary>
public sealed record PeriodChoice(ReportPeriod? Period, IReadOnlyDictionary<string, string> Errors)
{
    public bool IsValid => Period is not null;
}
