namespace Netwerkbijeenkomst.Web.Audit;

/// <summary>
/// One line of the access log (in the spirit of NEN 7513): who, in which role and network, did what to which object,
/// when, and with what result. It never holds case text. Rows are only ever inserted.
/// </summary>
public sealed class AccessLogEntry
{
    public long Id { get; init; }

    public DateTime AtUtc { get; init; }

    public required string UserId { get; init; }

    public required string Role { get; init; }

    public required string NetworkId { get; init; }

    public required string ObjectType { get; init; }

    public required string ObjectId { get; init; }

    public required string Action { get; init; }

    public required string Result { get; init; }
}
