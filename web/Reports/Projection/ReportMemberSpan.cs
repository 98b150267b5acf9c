namespace Netwerkbijeenkomst.Web.Reports.Projection;

/// <summary>
/// A stretch of time in which a member was active in a network, with the language categories they served then.
/// <see cref="UserId"/> finds the open span when the member changes; it is never shown and is set to null when the
/// member is forgotten.
/// </summary>
public sealed class ReportMemberSpan
{
    public long Id { get; init; }

    public required string NetworkId { get; init; }

    public string? UserId { get; set; }

    /// <summary>Bits of <see cref="ReportLanguages"/> categories.</summary>
    public int Languages { get; set; }

    public DateOnly From { get; init; }

    /// <summary>The first day no longer active; null while active.</summary>
    public DateOnly? Until { get; set; }
}
