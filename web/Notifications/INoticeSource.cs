using Netwerkbijeenkomst.Silo.EventLog;

namespace Netwerkbijeenkomst.Web.Notifications;

/// <summary>Turns committed events into mails. (Private copy of the contract being built on main; main's version replaces it.)</summary>
public interface INoticeSource
{
    /// <summary>Stable, never reused: part of each mail's once-only key.</summary>
    string Name { get; }

    /// <summary>Whether this event calls for mail from this source; no I/O.</summary>
    bool Handles(LoggedEvent logged);

    /// <summary>The mails for the event, one per recipient; called again after a crash, so it names the same recipients for the same event.</summary>
    Task<IReadOnlyList<Notice>> NoticesAsync(LoggedEvent logged, CancellationToken cancellationToken);
}
