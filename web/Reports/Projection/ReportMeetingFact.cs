namespace Netwerkbijeenkomst.Web.Reports.Projection;

/// <summary>A meeting's network, planned length and start, so attendance and hours land in the right network and month.</summary>
public sealed class ReportMeetingFact
{
    public Guid MeetingId { get; init; }

    public required string NetworkId { get; init; }

    public int PlannedMinutes { get; set; }

    /// <summary>The Amsterdam day it started; null while it has not.</summary>
    public DateOnly? StartedOn { get; set; }
}
