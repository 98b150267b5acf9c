namespace Netwerkbijeenkomst.Web.Reports.Projection;

/// <summary>One pre-aggregated count: a measure's category for one network in one calendar month (Europe/Amsterdam).</summary>
public sealed class ReportCount
{
    public required string NetworkId { get; init; }

    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; init; }

    public ReportMeasure Measure { get; init; }

    public int Category { get; init; }

    public int Count { get; set; }
}
