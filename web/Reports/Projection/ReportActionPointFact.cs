namespace Netwerkbijeenkomst.Web.Reports.Projection;

/// <summary>An action point's dates, for "overdue at the end of a month": open then and due before.</summary>
public sealed class ReportActionPointFact
{
    public Guid ActionPointId { get; init; }

    public required string NetworkId { get; init; }

    public DateOnly OpenedOn { get; init; }

    /// <summary>The due date as it stands now (moves replace it).</summary>
    public DateOnly Due { get; set; }

    public DateOnly? ClosedOn { get; set; }
}
