namespace Netwerkbijeenkomst.Web.Reports.Projection;

/// <summary>An escalation's kind of care and dates, for counting its outcome once and the median days to "in zorg".</summary>
public sealed class ReportEscalationFact
{
    public Guid EscalationId { get; init; }

    public required string NetworkId { get; init; }

    public int Kind { get; init; }

    public DateOnly EscalatedOn { get; init; }

    /// <summary>The day it reached "in zorg", if it did.</summary>
    public DateOnly? InCareOn { get; set; }

    public bool Settled { get; set; }
}
