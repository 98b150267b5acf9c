namespace Netwerkbijeenkomst.Web.Reports.Projection;

/// <summary>
/// A member of a network as the report needs them: active or not and the language categories they serve, to open
/// their next <see cref="ReportMemberSpan"/> and to count them present. Deleted when the member is forgotten; never shown.
/// </summary>
public sealed class ReportMember
{
    public required string NetworkId { get; init; }

    public required string UserId { get; init; }

    public int Languages { get; set; }

    public bool Active { get; set; }
}
