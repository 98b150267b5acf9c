namespace Netwerkbijeenkomst.Web.Mail;

/// <summary>A mail as sent in Development: kept in the database and shown at /ontwikkeling/postvak.</summary>
public sealed class OutboxMessage
{
    public long Id { get; init; }

    public required string To { get; init; }

    public required string Subject { get; init; }

    public required string Body { get; init; }

    public DateTime SentAtUtc { get; init; }

    /// <summary>The HTML alternative, when the mail has one.</summary>
    public string? Html { get; init; }
}
