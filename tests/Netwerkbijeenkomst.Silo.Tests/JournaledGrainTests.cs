using Netwerkbijeenkomst.Silo.Persistence.EventSourcing;
using Netwerkbijeenkomst.Silo.Storage;
using Netwerkbijeenkomst.Silo.Tests.Grains;
using Netwerkbijeenkomst.Silo.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Silo.Tests;

[Collection(SharedSilo.Name)]
public sealed class JournaledGrainTests(SiloFixture silo)
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task RaisedEvents_AreDurable_BeforeTheCallReturns()
    {
        var key = NewKey();

        await silo.GrainFactory.GetGrain<IJournalGrain>(key).AddAsync("advies");

        // Read straight from the database file: the reply came after the commit.
        Assert.Equal(1, CountEvents(key));
        var stored = await silo.Service<IEventStore>().ReadAsync<JournalEvent>(Stream(key));
        Assert.Equal(new NoteAdded("advies"), Assert.Single(stored).Event);
    }

    [Fact]
    public async Task FailedTurn_StoresNothing_AndForgetsItsEvents()
    {
        var key = NewKey();
        var journal = silo.GrainFactory.GetGrain<IJournalGrain>(key);
        await journal.AddAsync("blijft");

        await Assert.ThrowsAsync<InvalidOperationException>(() => journal.AddThenFailAsync("verdwijnt"));

        Assert.Equal(1, CountEvents(key));
        var snapshot = await journal.GetAsync();
        Assert.Equal<string>(["blijft"], snapshot.Notes);
        Assert.Equal(1, snapshot.Version);
    }

    [Fact]
    public async Task ConfirmEvents_MidTurn_AndTheTurnEnd_BothStoreInOrder()
    {
        var key = NewKey();
        var journal = silo.GrainFactory.GetGrain<IJournalGrain>(key);

        await journal.AddTwoAsync("een", "twee");

        var snapshot = await journal.GetAsync();
        Assert.Equal<string>(["een", "twee"], snapshot.Notes);
        Assert.Equal(2, snapshot.Version);
        Assert.Equal([1, 2], (await silo.Service<IEventStore>().ReadAsync<JournalEvent>(Stream(key))).Select(e => e.Sequence));
    }

    [Fact]
    public async Task StaleGrain_IsRefused_StoresNothing_AndReloadsTheStoredState()
    {
        var key = NewKey();
        var journal = silo.GrainFactory.GetGrain<IJournalGrain>(key);
        await journal.AddAsync("eerste");

        // Another writer appends behind the active grain's back.
        await silo.Service<IEventStore>().AppendAsync<JournalEvent>(Stream(key), 1, [new NoteAdded("van elders")]);

        var error = await Assert.ThrowsAsync<InconsistentStateException>(() => journal.AddAsync("te laat"));
        Assert.Contains("expected version 1", error.Message, StringComparison.Ordinal);

        Assert.Equal(0, silo.Database.Scalar("SELECT COUNT(*) FROM Events WHERE Payload LIKE '%te laat%'"));
        var snapshot = await journal.GetAsync();
        Assert.Equal<string>(["eerste", "van elders"], snapshot.Notes);
        Assert.Equal(2, snapshot.Version);
    }

    [Fact]
    public async Task CommittedEvents_ArePublished_WithTheirSequenceNumbers()
    {
        var key = NewKey();
        var journal = silo.GrainFactory.GetGrain<IJournalGrain>(key);

        await journal.AddAsync("a");
        await journal.AddTwoAsync("b", "c");

        var published = silo.Subscriber.Published(Stream(key));
        Assert.Equal([1, 2, 3], published.Select(e => e.Sequence));
        Assert.Equal([new NoteAdded("a"), new NoteAdded("b"), new NoteAdded("c")], published.Select(e => e.Event));

        // A client that saw sequence 1 catches up with exactly the rest.
        var missed = await silo.Service<IEventStore>().ReadAsync<JournalEvent>(Stream(key), afterSequence: 1);
        Assert.Equal([2, 3], missed.Select(e => e.Sequence));
    }

    [Fact]
    public async Task FailedTurn_PublishesNothing()
    {
        var key = NewKey();

        await Assert.ThrowsAsync<InvalidOperationException>(() => silo.GrainFactory.GetGrain<IJournalGrain>(key).AddThenFailAsync("niet"));

        Assert.Empty(silo.Subscriber.Published(Stream(key)));
    }

    [Fact]
    public async Task FailedTurn_WhoseReloadFails_ReportsItsOwnError_AndTheNextCallSeesOnlyStoredEvents()
    {
        var key = NewKey();
        var journal = silo.GrainFactory.GetGrain<IFragileJournalGrain>(key);
        await journal.AddAsync("blijft");
        silo.Probe.Gate($"read:{key}").Fail(new IOException("Opslag onbereikbaar."));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => journal.AddThenFailAsync("verdwijnt"));
        Assert.Equal("De beurt mislukt.", error.Message);

        // The activation that could not reload is gone; the next one reads what was stored.
        Assert.Equal<string>(["blijft"], await journal.GetNotesAsync().WaitAsync(Guard));
        Assert.Equal(1, await journal.GetVersionAsync());
    }

    [Fact]
    public async Task EventsRaisedInOnActivate_AreStored_BeforeTheFirstCallIsServed()
    {
        var key = NewKey();

        Assert.Equal(1, await silo.GrainFactory.GetGrain<IOpeningJournalGrain>(key).GetVersionAsync());

        Assert.Equal(1, silo.Database.Scalar("SELECT COUNT(*) FROM Events WHERE StreamId = $id", ("$id", $"openingjournal/{key}")));
    }

    [Fact]
    public async Task EventsRaisedInOnActivate_ThatStorageRefuses_FailTheActivation()
    {
        var key = NewKey();
        var gate = silo.Probe.Gate(key);
        var journal = silo.GrainFactory.GetGrain<IOpeningJournalGrain>(key);
        var first = journal.GetVersionAsync();
        await gate.Entered.WaitAsync(Guard);

        // Another writer appends after the activation loaded its state, so its opening event conflicts.
        await silo.Service<IEventStore>().AppendAsync<JournalEvent>($"openingjournal/{key}", 0, [new NoteAdded("van elders")]);
        gate.Release();

        await Assert.ThrowsAsync<InconsistentStateException>(() => first.WaitAsync(Guard));
        Assert.Equal(1, await journal.GetVersionAsync().WaitAsync(Guard));
    }

    private static string NewKey() => Guid.NewGuid().ToString("N");

    private static string Stream(string key) => $"journal/{key}";

    private long CountEvents(string key) => silo.Database.Scalar("SELECT COUNT(*) FROM Events WHERE StreamId = $id", ("$id", Stream(key)));
}
