namespace Netwerkbijeenkomst.Silo.Persistence.EventSourcing;

/// <summary>
/// Receives events after they are durable, in stream order, before the grain call that raised them replies.
/// A subscriber that throws is logged and skipped: the events are stored and the caller is not failed.
/// </summary>
public interface IEventSubscriber
{
    ValueTask OnCommittedAsync(IReadOnlyList<CommittedEvent<object>> events, CancellationToken cancellationToken);
}
