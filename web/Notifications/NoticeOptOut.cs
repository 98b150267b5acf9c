namespace Netwerkbijeenkomst.Web.Notifications;

/// <summary>An account turned one kind of mail off.</summary>
public sealed class NoticeOptOut
{
    public required string UserId { get; init; }

    public NoticeKind Kind { get; init; }
}
