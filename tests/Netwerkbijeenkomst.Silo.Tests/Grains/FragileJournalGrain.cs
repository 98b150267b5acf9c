using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;
using Netwerkbijeenkomst.Silo.EventSourcing;
using Netwerkbijeenkomst.Silo.EventSourcing.CustomStorage;
using Netwerkbijeenkomst.Silo.Persistence.EventSourcing;
using Netwerkbijeenkomst.Silo.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Silo.Tests.Grains;

public sealed class FragileJournalGrain(Probe probe)
    : JournaledGrain<JournalState, JournalEvent>, IFragileJournalGrain, ICustomStorageInterface<JournalState, JournalEvent>
{
    private IEventStore EventStore => ServiceProvider.GetRequiredService<IEventStore>();

    public Task AddAsync(string text)
    {
        RaiseEvent(new NoteAdded(text));
        return Task.CompletedTask;
    }

    public Task AddThenFailAsync(string text)
    {
        RaiseEvent(new NoteAdded(text));
        throw new InvalidOperationException("De beurt mislukt.");
    }

    public Task<ImmutableArray<string>> GetNotesAsync() => Task.FromResult<ImmutableArray<string>>([.. State.Notes]);

    public Task<int> GetVersionAsync() => Task.FromResult(Version);

    async Task<KeyValuePair<int, JournalState>> ICustomStorageInterface<JournalState, JournalEvent>.ReadStateFromStorage()
    {
        if (probe.TryTakeGate($"read:{this.GetPrimaryKeyString()}", out var gate))
        {
            await gate.PassAsync();
        }

        var events = await EventStore.ReadAsync<JournalEvent>(IdentityString);
        var state = new JournalState();
        foreach (var committed in events)
        {
            TransitionState(state, committed.Event);
        }

        return new KeyValuePair<int, JournalState>(events.Count, state);
    }

    async Task<bool> ICustomStorageInterface<JournalState, JournalEvent>.ApplyUpdatesToStorage(IReadOnlyList<JournalEvent> updates, int expectedVersion)
    {
        try
        {
            await EventStore.AppendAsync(IdentityString, expectedVersion, updates);
            return true;
        }
        catch (EventStreamConflictException)
        {
            return false;
        }
    }

    Task ICustomStorageInterface<JournalState, JournalEvent>.ClearStoredState() => EventStore.DeleteStreamAsync(IdentityString);
}
