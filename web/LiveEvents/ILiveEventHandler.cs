using Netwerkbijeenkomst.Silo.EventLog;

namespace Netwerkbijeenkomst.Web.LiveEvents;

/// <summary>
/// Reacts on this web node to events as they are committed, anywhere in the cluster (pushes to open pages, closing
/// connections). Not durable: it sees what is committed while the node runs, from the end of the log on.
/// </summary>
internal interface ILiveEventHandler
{
    Task HandleAsync(LoggedEvent logged, CancellationToken cancellationToken);
}
