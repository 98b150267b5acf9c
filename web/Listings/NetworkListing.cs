namespace Netwerkbijeenkomst.Web.Listings;

/// <summary>A network as the pages list it; projected from the network's events.</summary>
public sealed class NetworkListing
{
    public required string NetworkId { get; init; }

    public required string Name { get; set; }

    public required string Municipality { get; set; }
}
