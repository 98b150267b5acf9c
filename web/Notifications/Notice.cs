using System.Collections.Immutable;
using Netwerkbijeenkomst.Web.Mail;

namespace Netwerkbijeenkomst.Web.Notifications;

/// <summary>One mail to one account, plain text and HTML. (Private copy of the contract being built on main.)</summary>
public sealed record Notice(string UserId, string Subject, string Text, string Html)
{
    public ImmutableArray<MailAttachment> Attachments { get; init; } = [];

    /// <summary>When set, not sent to someone who turned this kind off.</summary>
    public NoticeKind? Kind { get; init; }
}
