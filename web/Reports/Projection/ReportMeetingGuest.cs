namespace Netwerkbijeenkomst.Web.Reports.Projection;

/// <summary>An agenda item of a meeting not yet started with an institution as guest; counted when the meeting starts, then deleted.</summary>
public sealed class ReportMeetingGuest
{
    public Guid MeetingId { get; init; }

    public Guid ItemId { get; init; }

    public required string InstitutionId { get; set; }
}
