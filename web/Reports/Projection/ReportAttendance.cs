namespace Netwerkbijeenkomst.Web.Reports.Projection;

/// <summary>
/// Someone who joined a meeting that is still going: only there to count them once however often they rejoin. Deleted
/// when the meeting closes and when the person is forgotten; never read by a report.
/// </summary>
public sealed class ReportAttendance
{
    public Guid MeetingId { get; init; }

    public required string UserId { get; init; }
}
