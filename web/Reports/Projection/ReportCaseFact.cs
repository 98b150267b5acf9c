namespace Netwerkbijeenkomst.Web.Reports.Projection;

/// <summary>
/// What the report needs of a case to count it once: its network, its categories (never its texts) and whether it was
/// already counted as submitted and discussed.
/// </summary>
public sealed class ReportCaseFact
{
    public Guid CaseId { get; init; }

    public required string NetworkId { get; init; }

    public int AgeBand { get; set; }

    /// <summary>The case's themes as bits of <see cref="Grains.Abstractions.Cases.CaseTheme"/>.</summary>
    public int Themes { get; set; }

    /// <summary>A <see cref="ReportCommunities"/> category, never the text the bringer typed.</summary>
    public int Community { get; set; }

    public bool Submitted { get; set; }

    public bool Discussed { get; set; }
}
