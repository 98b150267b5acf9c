using Netwerkbijeenkomst.Silo.Persistence.EventSourcing;
using Netwerkbijeenkomst.Silo.Tests.Grains;
using Netwerkbijeenkomst.Silo.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Silo.Tests;

[Collection(SharedSilo.Name)]
public sealed class EventStoreTests(SiloFixture silo)
{
    private IEventStore Store => silo.Service<IEventStore>();

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
        Assert.Equal(2, silo.Database.Scalar("SELECT COUNT(*) FROM Events WHERE StreamId = $s", ("$s", stream)));
        Assert.Equal(2, silo.Database.Scalar("SELECT Version FROM Streams WHERE StreamId = $s", ("$s", stream)));
        Assert.Equal(0, silo.Database.Scalar("SELECT COUNT(*) FROM Events WHERE Payload LIKE '%verouderd%'"));
    }

    [Fact]
    public async Task SecondFirstAppend_ToTheSameStream_IsRefused()
    {
        var stream = NewStream();
        await Store.AppendAsync<JournalEvent>(stream, 0, [new NoteAdded("eerste")]);

        await Assert.ThrowsAsync<EventStreamConflictException>(() => Store.AppendAsync<JournalEvent>(stream, 0, [new NoteAdded("ook eerste")]));

        Assert.Equal(1, silo.Database.Scalar("SELECT COUNT(*) FROM Events WHERE StreamId = $s", ("$s", stream)));
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
    }

    [Fact]
    public async Task Events_RoundTrip_ByTheirOwnType()
    {
        var stream = NewStream();
        JournalEvent[] events = [new NoteAdded("x"), new TimerTicked(), new ReminderTicked("dagelijks")];

        await Store.AppendAsync(stream, 0, events);

        Assert.Equal(events, (await Store.ReadAsync<JournalEvent>(stream)).Select(e => e.Event));
        Assert.Equal(
            ["NoteAdded", "TimerTicked", "ReminderTicked"],
            ReadTypes(stream));
    }

    [Fact]
    public async Task Redact_RewritesPayloadsInPlace_KeepingSequenceAndType()
    {
        var stream = NewStream();
        await Store.AppendAsync<JournalEvent>(stream, 0, [new NoteAdded("geheim"), new TimerTicked(), new NoteAdded("ook geheim")]);

        var changed = await Store.RedactAsync<JournalEvent>(stream, e => e is NoteAdded ? new NoteAdded("") : e);

        Assert.Equal(2, changed);
        var events = await Store.ReadAsync<JournalEvent>(stream);
        Assert.Equal([1, 2, 3], events.Select(e => e.Sequence));
        Assert.Equal<JournalEvent>([new NoteAdded(""), new TimerTicked(), new NoteAdded("")], events.Select(e => e.Event));
        Assert.Equal(0, silo.Database.Scalar("SELECT COUNT(*) FROM Events WHERE Payload LIKE '%geheim%'"));
        Assert.Equal(3, silo.Database.Scalar("SELECT Version FROM Streams WHERE StreamId = $s", ("$s", stream)));
    }

    [Fact]
    public async Task Redact_ThatWouldChangeAnEventsType_IsRefused_AndChangesNothing()
    {
        var stream = NewStream();
        await Store.AppendAsync<JournalEvent>(stream, 0, [new NoteAdded("blijft")]);

        await Assert.ThrowsAsync<InvalidOperationException>(() => Store.RedactAsync<JournalEvent>(stream, _ => new TimerTicked()));

        Assert.Equal(new NoteAdded("blijft"), Assert.Single(await Store.ReadAsync<JournalEvent>(stream)).Event);
    }

    private List<string> ReadTypes(string stream)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection(silo.Database.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Type FROM Events WHERE StreamId = $s ORDER BY Sequence";
        command.Parameters.AddWithValue("$s", stream);
        using var reader = command.ExecuteReader();
        var types = new List<string>();
        while (reader.Read())
        {
            types.Add(reader.GetString(0));
        }

        return types;
    }

    private static string NewStream() => $"test/{Guid.NewGuid():N}";
}
