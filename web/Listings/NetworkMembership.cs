namespace Netwerkbijeenkomst.Web.Listings;

/// <summary>That an account was invited to or coordinates a network; whether it still may act there is asked of the grain.</summary>
public sealed class NetworkMembership
{
    public required string UserId { get; init; }

    public required string NetworkId { get; init; }
}
