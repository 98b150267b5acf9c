using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Silo.Tests.Journal;
using Netwerkbijeenkomst.Testing;

namespace Netwerkbijeenkomst.Silo.Tests.EventSourcing;

/// <summary><c>EventSourcedGrain</c> on Orleans' CustomStorage provider over our event store, in a two-silo cluster.</summary>
[Collection(SharedJournalCluster.Name)]
public sealed class JournaledGrainTests(JournalClusterFixture fixture)
{
    [Fact]
    public async Task Command_IsDurable_BeforeTheCallReturns()
    {
        var key = NewKey();

        await fixture.Grains.GetGrain<IJournalGrain>(key).AddAsync("advies");

        // Read straight from the database file: the reply came after the commit.
        Assert.Equal(1, CountEvents(key));
        var stored = await fixture.Store.ReadAsync<JournalEvent>(Stream(key));
        Assert.Equal(new NoteAdded("advies"), Assert.Single(stored).Event);
    }

    [Fact]
    public async Task StoredEvents_AreNumberedOneToN_InTheirStream()
    {
        var key = NewKey();
        var journal = fixture.Grains.GetGrain<IJournalGrain>(key);

        await journal.AddAsync("a");
        await journal.AddManyAsync(["b", "c"]);
        await journal.AddAsync("d");

        var stored = await fixture.Store.ReadAsync<JournalEvent>(Stream(key));
        Assert.Equal([1, 2, 3, 4], stored.Select(e => e.Sequence));
        Assert.Equal<JournalEvent>([new NoteAdded("a"), new NoteAdded("b"), new NoteAdded("c"), new NoteAdded("d")], stored.Select(e => e.Event));
        Assert.Equal(4, fixture.Database.Scalar("SELECT Version FROM Streams WHERE StreamId = $s", ("$s", Stream(key))));
        Assert.Equal(4, (await journal.GetAsync()).Version);
    }

    [Fact]
    public async Task GrainWhoseStreamGrewBehindItsBack_RefusesTheCommand_StoresNothingOfIt_AndReloads()
    {
        var key = NewKey();
        var journal = fixture.Grains.GetGrain<IJournalGrain>(key);
        await journal.AddAsync("eerste");

        // Another node appends while this activation still holds version 1.
        await fixture.Store.AppendAsync<JournalEvent>(Stream(key), 1, [new NoteAdded("van elders")]);

        var error = await Assert.ThrowsAsync<InvalidStateException>(() => journal.AddAsync("te laat"));
        Assert.Equal("storage.conflict", error.Code);
        Assert.Empty(DatabaseSearch.ColumnsContaining(fixture.Database.ConnectionString, "te laat"));
        Assert.Equal(2, CountEvents(key));

        var reloaded = await journal.GetAsync();
        Assert.Equal<string>(["eerste", "van elders"], reloaded.Notes);
        Assert.Equal(2, reloaded.Version);
    }

    [Fact]
    public async Task GrainThatReloadedAfterAConflict_AcceptsTheNextCommand_AtTheNextSequenceNumber()
    {
        var key = NewKey();
        var journal = fixture.Grains.GetGrain<IJournalGrain>(key);
        await journal.AddAsync("eerste");
        await fixture.Store.AppendAsync<JournalEvent>(Stream(key), 1, [new NoteAdded("van elders")]);
        await Assert.ThrowsAsync<InvalidStateException>(() => journal.AddAsync("te laat"));

        await journal.AddAsync("opnieuw");

        var stored = await fixture.Store.ReadAsync<JournalEvent>(Stream(key));
        Assert.Equal([1, 2, 3], stored.Select(e => e.Sequence));
        Assert.Equal(new NoteAdded("opnieuw"), stored[^1].Event);
    }

    [Fact]
    public async Task CommandRefusedBeforeItCommits_StoresNothing_AndLeavesTheStateAsItWas()
    {
        var key = NewKey();
        var journal = fixture.Grains.GetGrain<IJournalGrain>(key);
        await journal.AddAsync("dubbel");

        var error = await Assert.ThrowsAsync<InvalidStateException>(() => journal.AddAsync("dubbel"));

        Assert.Equal("journal.duplicate-note", error.Code);
        Assert.Equal(1, CountEvents(key));
        Assert.Equal(1, fixture.Database.Scalar("SELECT Version FROM Streams WHERE StreamId = $s", ("$s", Stream(key))));
        var snapshot = await journal.GetAsync();
        Assert.Equal<string>(["dubbel"], snapshot.Notes);
        Assert.Equal(1, snapshot.Version);
    }

    [Fact]
    public async Task RedactedHistory_IsGoneFromTheDatabase_AndFromTheActiveGrain()
    {
        var key = NewKey();
        var journal = fixture.Grains.GetGrain<IJournalGrain>(key);
        await journal.AddManyAsync(["Jansen belde", "afspraak gemaakt"]);

        await journal.EraseAsync("Jansen belde");

        Assert.Empty(DatabaseSearch.ColumnsContaining(fixture.Database.ConnectionString, "Jansen belde"));
        var snapshot = await journal.GetAsync();
        Assert.Equal<string>(["", "afspraak gemaakt"], snapshot.Notes);
        Assert.Equal(2, snapshot.Version);

        // The redaction kept the stream's version, so the grain's next commit is not a conflict.
        await journal.AddAsync("daarna");
        Assert.Equal([1, 2, 3], (await fixture.Store.ReadAsync<JournalEvent>(Stream(key))).Select(e => e.Sequence));
    }

    private static string NewKey() => Guid.NewGuid().ToString("N");

    private static string Stream(string key) => $"journal/{key}";

    private long CountEvents(string key) => fixture.Database.Scalar("SELECT COUNT(*) FROM Events WHERE StreamId = $s", ("$s", Stream(key)));
}
