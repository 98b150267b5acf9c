namespace Netwerkbijeenkomst.Web.Listings;

/// <summary>A meeting as the pages list it; projected from the meeting's events.</summary>
public sealed class MeetingListing
{
    public Guid MeetingId { get; init; }

    public required string NetworkId { get; init; }

    public required string Title { get; set; }

    /// <summary>UTC, so that SQLite and PostgreSQL both order it.</summary>
    public DateTime StartsAtUtc { get; set; }

    public required string Status { get; set; }
}
