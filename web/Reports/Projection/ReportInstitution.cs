namespace Netwerkbijeenkomst.Web.Reports.Projection;

/// <summary>The kind of care of an institution on a network's social map, so an escalation to it is counted by kind.</summary>
public sealed class ReportInstitution
{
    public required string NetworkId { get; init; }

    public required string InstitutionId { get; init; }

    public int Kind { get; set; }
}
