using Microsoft.Extensions.DependencyInjection;
using Netwerkbijeenkomst.Silo.EventSourcing;
using Netwerkbijeenkomst.Silo.EventSourcing.CustomStorage;
using Netwerkbijeenkomst.Silo.Providers;

namespace Netwerkbijeenkomst.Silo.Persistence.EventSourcing;

/// <summary>
/// A journaled grain whose events live in the event store, one stream per grain id: Orleans' CustomStorage
/// provider, implemented once for every grain. State is rebuilt by folding the stream on activation.
/// </summary>
[LogConsistencyProvider(ProviderName = "CustomStorage")]
public abstract class EventSourcedGrain<TState, TEvent> : JournaledGrain<TState, TEvent>, ICustomStorageInterface<TState, TEvent>
    where TState : class, new()
    where TEvent : class
{
    private IEventStore EventStore => ServiceProvider.GetRequiredService<IEventStore>();

    /// <summary>Erases what <paramref name="redact"/> removes from every stored event of this grain, then reloads the state from the result.</summary>
    protected async Task RedactHistoryAsync(Func<TEvent, TEvent> redact)
    {
        await ConfirmEvents();
        await EventStore.RedactAsync(StreamId, redact);
        await RefreshNow();
    }

    private string StreamId => IdentityString;

    async Task<KeyValuePair<int, TState>> ICustomStorageInterface<TState, TEvent>.ReadStateFromStorage()
    {
        var events = await EventStore.ReadAsync<TEvent>(StreamId);
        var state = new TState();
        foreach (var committed in events)
        {
            TransitionState(state, committed.Event);
        }

        return new KeyValuePair<int, TState>(events.Count, state);
    }

    async Task<bool> ICustomStorageInterface<TState, TEvent>.ApplyUpdatesToStorage(IReadOnlyList<TEvent> updates, int expectedVersion)
    {
        try
        {
            await EventStore.AppendAsync(StreamId, expectedVersion, updates);
            return true;
        }
        catch (EventStreamConflictException)
        {
            return false;
        }
    }

    Task ICustomStorageInterface<TState, TEvent>.ClearStoredState() => EventStore.DeleteStreamAsync(StreamId);
}
