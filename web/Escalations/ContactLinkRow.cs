namespace Netwerkbijeenkomst.Web.Escalations;

/// <summary>
/// A contact person's answer link as the web knows it: projected from <c>ContactLinkIssued</c>, with the hash of its
/// secret once the mail carrying it went out. The secret itself is never stored.
/// </summary>
public sealed class ContactLinkRow
{
    public Guid LinkId { get; init; }

    public Guid CaseId { get; init; }

    public Guid EscalationId { get; init; }

    public required string ContactPersonId { get; init; }

    /// <summary>SHA-256 of the secret, lower-case hex; null until the mail is sent.</summary>
    public string? TokenHash { get; set; }

    public DateTime ExpiresAtUtc { get; init; }

    public DateTime? RevokedAtUtc { get; set; }

    /// <summary>When a node began sending the mail, so a second node leaves it alone.</summary>
    public DateTime? MailClaimedAtUtc { get; set; }

    public DateTime? MailSentAtUtc { get; set; }
}
