namespace Netwerkbijeenkomst.Grains.EventSourcing;

/// <summary>Append-only event streams, one per grain, with an optimistic version check.</summary>
public interface IEventStore
{
    /// <summary>Reads the events of a stream after sequence number <paramref name="afterSequence"/>, in order.</summary>
    Task<IReadOnlyList<CommittedEvent<TEvent>>> ReadAsync<TEvent>(string streamId, int afterSequence = 0, CancellationToken cancellationToken = default)
        where TEvent : class;

    /// <summary>
    /// Appends the events durably if the stream holds exactly <paramref name="expectedVersion"/> events; otherwise
    /// throws <see cref="EventStreamConflictException"/> and stores nothing. Consumers read them from the global log afterwards.
    /// </summary>
    Task<IReadOnlyList<CommittedEvent<TEvent>>> AppendAsync<TEvent>(string streamId, int expectedVersion, IReadOnlyList<TEvent> events, CancellationToken cancellationToken = default)
        where TEvent : class;

    /// <summary>
    /// Rewrites the stored payloads of a stream in place (to erase text), keeping every event's sequence number and
    /// type; returns how many events changed. Nothing is published: the history is the same, with less in it.
    /// </summary>
    Task<int> RedactAsync<TEvent>(string streamId, Func<TEvent, TEvent> redact, CancellationToken cancellationToken = default)
        where TEvent : class;

    /// <summary>Removes a stream and its events.</summary>
    Task DeleteStreamAsync(string streamId, CancellationToken cancellationToken = default);
}
