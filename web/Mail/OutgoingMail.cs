using System.Collections.Immutable;

namespace Netwerkbijeenkomst.Web.Mail;

/// <summary>One mail to one address: plain text, its HTML alternative, and any attachments.</summary>
public sealed record OutgoingMail(string To, string Subject, string Text, string Html)
{
    public ImmutableArray<MailAttachment> Attachments { get; init; } = [];
}
