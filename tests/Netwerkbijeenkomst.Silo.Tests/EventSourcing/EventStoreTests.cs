using Microsoft.Extensions.Time.Testing;
using Netwerkbijeenkomst.Grains.EventSourcing;
using Netwerkbijeenkomst.Silo.EventLog;
using Netwerkbijeenkomst.Silo.Tests.Hosting;
using Netwerkbijeenkomst.Silo.Tests.Journal;
using Netwerkbijeenkomst.Testing;

namespace Netwerkbijeenkomst.Silo.Tests.EventSourcing;

public sealed class EventStoreTests(StorageFixture storage) : IClassFixture<StorageFixture>
{
    private IEventStore Store => storage.Node.Store;

    private IEventLog Log => storage.Node.Log;

    private TestDatabase Database => storage.Database;

    [Fact]
    public async Task StaleAppend_IsRefusedWithAClearException_AndStoresNothing()
    {
        var stream = NewStream();
        await Store.AppendAsync<JournalEvent>(stream, 0, [new NoteAdded("eerste")]);
        await Store.AppendAsync<JournalEvent>(stream, 1, [new NoteAdded("tweede")]);

        var error = await Assert.ThrowsAsync<EventStreamConflictException>(
            () => Store.AppendAsync<JournalEvent>(stream, 1, [new NoteAdded("verouderd"), new NoteAdded("ook verouderd")]));

        Assert.Equal(stream, error.StreamId);
        Assert.Equal(1, error.ExpectedVersion);
        Assert.Contains("Nothing was stored", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, Database.Scalar("SELECT COUNT(*) FROM Events WHERE StreamId = $s", ("$s", stream)));
        Assert.Equal(2, Database.Scalar("SELECT Version FROM Streams WHERE StreamId = $s", ("$s", stream)));
        Assert.Equal(0, Database.Scalar("SELECT COUNT(*) FROM Events WHERE Payload LIKE '%verouderd%'"));
    }

    [Fact]
    public async Task SecondFirstAppend_ToTheSameStream_IsRefused()
    {
        var stream = NewStream();
        await Store.AppendAsync<JournalEvent>(stream, 0, [new NoteAdded("eerste")]);

        await Assert.ThrowsAsync<EventStreamConflictException>(() => Store.AppendAsync<JournalEvent>(stream, 0, [new NoteAdded("ook eerste")]));

        Assert.Equal(1, Database.Scalar("SELECT COUNT(*) FROM Events WHERE StreamId = $s", ("$s", stream)));
    }

    [Fact]
    public async Task AppendAheadOfTheStream_IsRefused()
    {
        var stream = NewStream();

        await Assert.ThrowsAsync<EventStreamConflictException>(() => Store.AppendAsync<JournalEvent>(stream, 3, [new NoteAdded("gat")]));

        Assert.Empty(await Store.ReadAsync<JournalEvent>(stream));
    }

    [Fact]
    public async Task ConcurrentWriters_AtTheSameVersion_ExactlyOneWins()
    {
        var stream = NewStream();

        var attempts = Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            try
            {
                await Store.AppendAsync<JournalEvent>(stream, 0, [new NoteAdded($"schrijver {i}")]);
                return true;
            }
            catch (EventStreamConflictException)
            {
                return false;
            }
        }));

        Assert.Equal(1, (await Task.WhenAll(attempts)).Count(won => won));
        Assert.Single(await Store.ReadAsync<JournalEvent>(stream));
        Assert.Equal(1, Database.Scalar("SELECT Version FROM Streams WHERE StreamId = $s", ("$s", stream)));
    }

    [Fact]
    public async Task Events_RoundTrip_ByTheirOwnType_UnderTheirShortName()
    {
        var stream = NewStream();
        JournalEvent[] events = [new NoteAdded("x"), new ReminderTicked("dagelijks"), new NoteAdded("y")];

        var committed = await Store.AppendAsync(stream, 0, events);

        Assert.Equal([1, 2, 3], committed.Select(e => e.Sequence));
        Assert.Equal(events, (await Store.ReadAsync<JournalEvent>(stream)).Select(e => e.Event));
        Assert.Equal(["NoteAdded", "ReminderTicked", "NoteAdded"], SqliteSchema.Strings(Database.ConnectionString, $"SELECT Type FROM Events WHERE StreamId = '{stream}' ORDER BY Sequence"));
    }

    [Fact]
    public async Task Append_RecordsTheClocksTime()
    {
        var stream = NewStream();
        var now = storage.Clock.GetUtcNow();

        await Store.AppendAsync<JournalEvent>(stream, 0, [new NoteAdded("nu")]);

        Assert.Equal(now, Assert.Single(await Store.ReadAsync<JournalEvent>(stream)).RecordedAt);
    }

    [Fact]
    public async Task Read_AfterASequenceNumber_ReturnsOnlyTheRest()
    {
        var stream = NewStream();
        await Store.AppendAsync<JournalEvent>(stream, 0, [new NoteAdded("a"), new NoteAdded("b"), new NoteAdded("c")]);

        var missed = await Store.ReadAsync<JournalEvent>(stream, afterSequence: 1);

        Assert.Equal([2, 3], missed.Select(e => e.Sequence));
        Assert.Equal<JournalEvent>([new NoteAdded("b"), new NoteAdded("c")], missed.Select(e => e.Event));
    }

    [Fact]
    public async Task Log_ReturnsTheEventsOfAllStreams_InCommitOrder()
    {
        var first = NewStream();
        var second = NewStream();
        var before = await Log.LastPositionAsync();

        await Store.AppendAsync<JournalEvent>(first, 0, [new NoteAdded("1a")]);
        await Store.AppendAsync<JournalEvent>(second, 0, [new NoteAdded("2a"), new NoteAdded("2b")]);
        await Store.AppendAsync<JournalEvent>(first, 1, [new NoteAdded("1b")]);

        var logged = await Log.ReadAfterAsync(before, max: 100);
        Assert.Equal([(first, 1), (second, 1), (second, 2), (first, 2)], logged.Select(e => (e.StreamId, e.Sequence)));
        Assert.Equal<object>([new NoteAdded("1a"), new NoteAdded("2a"), new NoteAdded("2b"), new NoteAdded("1b")], logged.Select(e => e.Event));
        Assert.Equal(logged.Select(e => e.Position).Order(), logged.Select(e => e.Position));
        Assert.All(logged, e => Assert.True(e.Position > before));
        Assert.Equal([Key(first), Key(second), Key(second), Key(first)], logged.Select(e => e.Key));
    }

    [Fact]
    public async Task Log_ReadInPages_ContinuesAfterTheLastPositionSeen()
    {
        var stream = NewStream();
        var before = await Log.LastPositionAsync();
        await Store.AppendAsync<JournalEvent>(stream, 0, [new NoteAdded("a"), new NoteAdded("b"), new NoteAdded("c")]);

        var page = await Log.ReadAfterAsync(before, max: 2);
        var rest = await Log.ReadAfterAsync(page[^1].Position, max: 2);

        Assert.Equal([1, 2], page.Select(e => e.Sequence));
        Assert.Equal(3, Assert.Single(rest).Sequence);
    }

    [Fact]
    public async Task LastPosition_IsThePositionOfTheNewestEvent()
    {
        var stream = NewStream();

        await Store.AppendAsync<JournalEvent>(stream, 0, [new NoteAdded("a"), new NoteAdded("b")]);

        var newest = await Log.LastPositionAsync();
        Assert.Equal(Database.Scalar("SELECT Position FROM Events WHERE StreamId = $s AND Sequence = 2", ("$s", stream)), newest);
        Assert.Empty(await Log.ReadAfterAsync(newest, max: 10));
    }

    [Fact]
    public async Task LastPosition_OfAnEmptyLog_IsZero()
    {
        using var empty = new TestDatabase();
        await using var node = await StorageHost.StartAsync(empty, new FakeTimeProvider(TestSilos.Start));

        Assert.Equal(0, await node.Log.LastPositionAsync());
        Assert.Empty(await node.Log.ReadAfterAsync(0, max: 10));
    }

    [Fact]
    public async Task Redact_RewritesPayloadsInPlace_KeepingSequenceAndType()
    {
        var stream = NewStream();
        await Store.AppendAsync<JournalEvent>(stream, 0, [new NoteAdded("geheim"), new ReminderTicked("dagelijks"), new NoteAdded("ook geheim")]);
        var positions = SqliteSchema.Strings(Database.ConnectionString, $"SELECT CAST(Position AS TEXT) FROM Events WHERE StreamId = '{stream}' ORDER BY Sequence");

        var changed = await Store.RedactAsync<JournalEvent>(stream, e => e is NoteAdded ? new NoteAdded("") : e);

        Assert.Equal(2, changed);
        var events = await Store.ReadAsync<JournalEvent>(stream);
        Assert.Equal([1, 2, 3], events.Select(e => e.Sequence));
        Assert.Equal<JournalEvent>([new NoteAdded(""), new ReminderTicked("dagelijks"), new NoteAdded("")], events.Select(e => e.Event));
        Assert.Empty(DatabaseSearch.ColumnsContaining(Database.ConnectionString, "geheim"));
        Assert.Equal(3, Database.Scalar("SELECT Version FROM Streams WHERE StreamId = $s", ("$s", stream)));
        Assert.Equal(positions, SqliteSchema.Strings(Database.ConnectionString, $"SELECT CAST(Position AS TEXT) FROM Events WHERE StreamId = '{stream}' ORDER BY Sequence"));
    }

    [Fact]
    public async Task Redact_ThatWouldChangeAnEventsType_IsRefused_AndChangesNothing()
    {
        var stream = NewStream();
        await Store.AppendAsync<JournalEvent>(stream, 0, [new NoteAdded("blijft")]);

        await Assert.ThrowsAsync<InvalidOperationException>(() => Store.RedactAsync<JournalEvent>(stream, _ => new ReminderTicked("anders")));

        Assert.Equal(new NoteAdded("blijft"), Assert.Single(await Store.ReadAsync<JournalEvent>(stream)).Event);
        Assert.Equal(["NoteAdded"], SqliteSchema.Strings(Database.ConnectionString, $"SELECT Type FROM Events WHERE StreamId = '{stream}'"));
    }

    [Fact]
    public async Task DeletedStream_HasNoEvents_AndStartsAgainAtSequenceOne()
    {
        var stream = NewStream();
        await Store.AppendAsync<JournalEvent>(stream, 0, [new NoteAdded("weg"), new NoteAdded("ook weg")]);

        await Store.DeleteStreamAsync(stream);

        Assert.Empty(await Store.ReadAsync<JournalEvent>(stream));
        Assert.Equal(0, Database.Scalar("SELECT COUNT(*) FROM Streams WHERE StreamId = $s", ("$s", stream)));
        var restarted = await Store.AppendAsync<JournalEvent>(stream, 0, [new NoteAdded("nieuw")]);
        Assert.Equal(1, Assert.Single(restarted).Sequence);
    }

    private static string NewStream() => $"journal/{Guid.NewGuid():N}";

    private static string Key(string stream) => stream["journal/".Length..];
}
