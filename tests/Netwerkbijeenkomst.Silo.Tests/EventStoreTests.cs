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
