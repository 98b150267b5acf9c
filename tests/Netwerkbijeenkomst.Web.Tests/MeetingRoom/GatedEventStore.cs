using Netwerkbijeenkomst.Grains.EventSourcing;

namespace Netwerkbijeenkomst.Web.Tests.MeetingRoom;

/// <summary>The real store, except that reads of one chosen stream wait until the test opens the gate (a meeting whose fold is stuck); it notes where each read starts.</summary>
internal sealed class GatedEventStore(IEventStore inner) : IEventStore
{
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile string? _blocked;

    /// <summary>Completes when a read of the blocked stream is waiting at the gate.</summary>
    public Task Entered => _entered.Task;

    public List<int> ReadsAfter { get; } = [];

    public bool IsOpen => _gate.Task.IsCompleted;

    public void Block(string streamId) => _blocked = streamId;

    public void Open() => _gate.TrySetResult();

    public async Task<IReadOnlyList<CommittedEvent<TEvent>>> ReadAsync<TEvent>(string streamId, int afterSequence = 0, CancellationToken cancellationToken = default)
        where TEvent : class
    {
        lock (ReadsAfter)
        {
            ReadsAfter.Add(afterSequence);
        }

        if (streamId == _blocked)
        {
            _entered.TrySetResult();
            await _gate.Task.WaitAsync(cancellationToken);
        }

        return await inner.ReadAsync<TEvent>(streamId, afterSequence, cancellationToken);
    }

    public Task<IReadOnlyList<CommittedEvent<TEvent>>> AppendAsync<TEvent>(string streamId, int expectedVersion, IReadOnlyList<TEvent> events, CancellationToken cancellationToken = default)
        where TEvent : class => inner.AppendAsync(streamId, expectedVersion, events, cancellationToken);

    public Task<int> RedactAsync<TEvent>(string streamId, Func<TEvent, TEvent> redact, CancellationToken cancellationToken = default)
        where TEvent : class => inner.RedactAsync(streamId, redact, cancellationToken);

    public Task DeleteStreamAsync(string streamId, CancellationToken cancellationToken = default) => inner.DeleteStreamAsync(streamId, cancellationToken);
}
