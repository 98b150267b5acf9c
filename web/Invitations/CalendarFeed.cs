namespace Netwerkbijeenkomst.Web.Invitations;

/// <summary>A member's private calendar subscription: only the SHA-256 of its secret is kept; revoking ends it.</summary>
public sealed class CalendarFeed
{
    public Guid Id { get; init; }

    public required string UserId { get; init; }

    public required string TokenHash { get; init; }

    public DateTime CreatedAtUtc { get; init; }

    public DateTime? RevokedAtUtc { get; set; }
}
