using System.Collections.Concurrent;
using Netwerkbijeenkomst.Silo.Persistence.EventSourcing;

namespace Netwerkbijeenkomst.Silo.Tests.Infrastructure;

/// <summary>Keeps every published event, per stream, in the order it was published.</summary>
public sealed class RecordingSubscriber : IEventSubscriber
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<CommittedEvent<object>>> _streams = new();

    public IReadOnlyList<CommittedEvent<object>> Published(string streamId) =>
        _streams.TryGetValue(streamId, out var queue) ? [.. queue] : [];

    public ValueTask OnCommittedAsync(IReadOnlyList<CommittedEvent<object>> events, CancellationToken cancellationToken)
    {
        foreach (var committed in events)
        {
            _streams.GetOrAdd(committed.StreamId, _ => new()).Enqueue(committed);
        }

        return ValueTask.CompletedTask;
    }
}
