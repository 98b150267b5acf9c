namespace Netwerkbijeenkomst.Silo.Membership;

/// <summary>One silo incarnation in one cluster, as Orleans' membership protocol writes it.</summary>
internal sealed class MemberRow
{
    public const int MaxAddressLength = 100;
    public const int MaxNameLength = 150;

    public required string ClusterId { get; init; }

    /// <summary><c>SiloAddress.ToParsableString()</c>: endpoint and generation.</summary>
    public required string Address { get; init; }

    public int Status { get; set; }

    public int ProxyPort { get; set; }

    public required string HostName { get; set; }

    public required string SiloName { get; set; }

    /// <summary>Who suspects this silo and since when, as "address|ticks" lines.</summary>
    public string? SuspectTimes { get; set; }

    public DateTimeOffset StartTime { get; set; }

    public DateTimeOffset IAmAliveTime { get; set; }

    public required string ETag { get; set; }
}
