namespace Netwerkbijeenkomst.Web.Notifications;

/// <summary>A mail's once-only key (event position, source, account): claimed before sending, marked when sent.</summary>
public sealed class SentNotice
{
    public required string Key { get; init; }

    public DateTime ClaimedAtUtc { get; set; }

    public DateTime? SentAtUtc { get; set; }
}
