using Netwerkbijeenkomst.Silo.EventLog;

namespace Netwerkbijeenkomst.Web.Notifications;

// A minimal copy of the after-commit mail contract being built on main (NoticeMailer); replaced by main's at the merge.

/// <summary>Turns committed events into mails.</summary>
public interface INoticeSource
{
    /// <summary>Stable, never reused: part of each mail's once-only key.</summary>
    string Name { get; }

    /// <summary>Whether this event calls for mail from this source; no I/O.</summary>
    bool Handles(LoggedEvent logged);

    /// <summary>The mails for the event, one per recipient; called again after a crash, so it names the same recipients for the same event.</summary>
    Task<IReadOnlyList<Notice>> NoticesAsync(LoggedEvent logged, CancellationToken cancellationToken);
}
