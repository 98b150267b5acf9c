using Netwerkbijeenkomst.Silo.EventLog;

namespace Netwerkbijeenkomst.Web.Notifications;

/// <summary>Turns committed events into mails; <see cref="NoticeMailer"/> asks it, once per event, after the commit.</summary>
public interface INoticeSource
{
    /// <summary>Stable, never reused: part of each mail's once-only key.</summary>
    string Name { get; }

    /// <summary>Whether this event calls for mail from this source; no I/O.</summary>
    bool Handles(LoggedEvent logged);

    /// <summary>
    /// The mails for the event, one per recipient. May call grains and read the database. It is asked again after a
    /// crash, so it must name the same recipients for the same event.
    /// </summary>
    Task<IReadOnlyList<Notice>> NoticesAsync(LoggedEvent logged, CancellationToken cancellationToken);
}
