using Netwerkbijeenkomst.Web.Reports;

namespace Netwerkbijeenkomst.Web.Pages.Reports;

/// <summary>What the period picker needs: the page's address, the fields as typed, the period shown (if any), messages and today.</summary>
public sealed record PickerView(string Path, PeriodRequest Input, ReportPeriod? Shown, IReadOnlyDictionary<string, string> Errors, DateOnly Today)
{
    /// <summary>The year, quarter and month the forms start on: the ones asked for, else those of the period shown.</summary>
    public ReportPeriod Basis => Shown ?? PeriodRequest.Default(Today);

    public string? Error(string field) => Errors.TryGetValue(field, out var message) ? message : null;

    public ReportPeriod? Next
    {
        get
        {
            if (Shown is null)
            {
                return null;
            }

            var next = Shown.Kind == ReportPeriodKind.Custom
                ? ReportPeriod.Custom(Shown.First.AddMonths(Shown.Months), Shown.Last.AddMonths(Shown.Months))
                : Shown.Kind switch
                {
                    ReportPeriodKind.Month => ReportPeriod.Month(Shown.First.AddMonths(1).Year, Shown.First.AddMonths(1).Month),
                    ReportPeriodKind.Quarter => ReportPeriod.Quarter(Shown.First.AddMonths(3).Year, ((Shown.First.AddMonths(3).Month - 1) / 3) + 1),
                    _ => ReportPeriod.Year(Shown.First.Year + 1),
                };
            return next.First <= new DateOnly(Today.Year, Today.Month, 1) ? next : null;
        }
    }

    public ReportPeriod? Previous => Shown is { } shown && shown.First.Year >= PeriodRequest.FirstYear && shown.Previous().First.Year >= PeriodRequest.FirstYear ? shown.Previous() : null;
}
