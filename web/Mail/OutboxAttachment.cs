namespace Netwerkbijeenkomst.Web.Mail;

/// <summary>An attachment of a mail kept in the Development outbox.</summary>
public sealed class OutboxAttachment
{
    public long Id { get; init; }

    public long MessageId { get; init; }

    public required string FileName { get; init; }

    public required string ContentType { get; init; }

    public required byte[] Content { get; init; }
}
