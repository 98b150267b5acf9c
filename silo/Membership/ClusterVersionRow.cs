namespace Netwerkbijeenkomst.Silo.Membership;

/// <summary>The membership table's version: every membership change moves it on, guarded by its ETag.</summary>
internal sealed class ClusterVersionRow
{
    public required string ClusterId { get; init; }

    public int Version { get; set; }

    public required string ETag { get; set; }
}
