using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Netwerkbijeenkomst.Grains.Common;
using Orleans.EventSourcing;
using Orleans.EventSourcing.CustomStorage;
using Orleans.Providers;

namespace Netwerkbijeenkomst.Grains.EventSourcing;

/// <summary>
/// A journaled grain whose events live in the event store, one stream per grain id: Orleans' CustomStorage
/// log-consistency provider, implemented once for every grain. State is rebuilt by folding the stream on activation.
/// </summary>
/// <remarks>
/// Orleans' CustomStorage adaptor retries a failed write on top of a re-read state, which would store events that were
/// validated against a state that no longer holds. So a failed write is remembered instead, <see cref="CommitAsync"/>
/// refuses the command, and the activation is dropped so the next call loads what storage really holds.
/// </remarks>
[LogConsistencyProvider(ProviderName = EventStorage.ProviderName)]
public abstract class EventSourcedGrain<TState, TEvent> : JournaledGrain<TState, TEvent>, ICustomStorageInterface<TState, TEvent>
    where TState : class, IEventFold<TEvent>, new()
    where TEvent : class
{
    private Exception? _failedWrite;
    private bool _dropped;

    private IEventStore EventStore => ServiceProvider.GetRequiredService<IEventStore>();

    private string StreamId => this.GetGrainId().ToString();

    /// <summary>Raises the events and waits until they are durable: nothing is acknowledged before it is stored.</summary>
    protected async Task CommitAsync(params TEvent[] events)
    {
        // After a failed write this activation's view holds events that were never stored; it only waits to be dropped.
        if (_dropped)
        {
            throw Refuse.StorageUnavailable();
        }

        RaiseEvents(events);
        await ConfirmEvents();
        if (Interlocked.Exchange(ref _failedWrite, null) is { } failure)
        {
            _dropped = true;
            var logger = ServiceProvider.GetRequiredService<ILogger<EventSourcedGrain<TState, TEvent>>>();
            if (failure is EventStreamConflictException)
            {
                EventSourcingLog.ConcurrentChange(logger, StreamId);
            }
            else
            {
                EventSourcingLog.CommitFailed(logger, failure, StreamId);
            }

            DeactivateOnIdle();
            throw failure is EventStreamConflictException ? Refuse.ConcurrentChange() : Refuse.StorageUnavailable();
        }
    }

    /// <summary>Erases what <paramref name="redact"/> removes from every stored event of this grain, then reloads the state from the result.</summary>
    protected async Task RedactHistoryAsync(Func<TEvent, TEvent> redact)
    {
        await ConfirmEvents();
        await EventStore.RedactAsync(StreamId, redact);
        await RefreshNow();
    }

    protected override void TransitionState(TState state, TEvent @event) => state.Apply(@event);

    async Task<KeyValuePair<int, TState>> ICustomStorageInterface<TState, TEvent>.ReadStateFromStorage()
    {
        var events = await EventStore.ReadAsync<TEvent>(StreamId);
        var state = new TState();
        foreach (var committed in events)
        {
            state.Apply(committed.Event);
        }

        return new KeyValuePair<int, TState>(events.Count, state);
    }

    async Task<bool> ICustomStorageInterface<TState, TEvent>.ApplyUpdatesToStorage(IReadOnlyList<TEvent> updates, int expectedVersion)
    {
        try
        {
            await EventStore.AppendAsync(StreamId, expectedVersion, updates);
        }
        catch (Exception failure)
        {
            // Reported to the caller by CommitAsync; "true" keeps the adaptor from retrying on a newer state.
            _failedWrite = failure;
        }

        return true;
    }

    Task ICustomStorageInterface<TState, TEvent>.ClearStoredState() => EventStore.DeleteStreamAsync(StreamId);
}
