using System.Collections.Immutable;
using Netwerkbijeenkomst.Web.Mail;

namespace Netwerkbijeenkomst.Web.Notifications;

/// <summary>One mail to one account, plain text and HTML, that follows a committed event.</summary>
public sealed record Notice(string UserId, string Subject, string Text, string Html)
{
    public ImmutableArray<MailAttachment> Attachments { get; init; } = [];

    /// <summary>When set, not sent to someone who turned this kind off.</summary>
    public NoticeKind? Kind { get; init; }

    public static Notice From(string userId, string subject, MailContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new(userId, subject, content.Text, content.Html);
    }
}
