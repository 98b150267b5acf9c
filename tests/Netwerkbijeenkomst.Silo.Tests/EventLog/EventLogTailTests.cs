using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Netwerkbijeenkomst.Silo.EventLog;
using Netwerkbijeenkomst.Silo.EventSourcing;
using Netwerkbijeenkomst.Silo.Tests.Hosting;
using Netwerkbijeenkomst.Silo.Tests.Journal;
using Netwerkbijeenkomst.Testing;

namespace Netwerkbijeenkomst.Silo.Tests.EventLog;

/// <summary>The process's consumers at the log's end read this process's appends from memory, and share one read of the database for another node's.</summary>
public sealed class EventLogTailTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly FakeTimeProvider _clock = new(TestSilos.Start);

    [Fact]
    public async Task OwnAppends_JoinTheStretchAsTheyCommit_SoConsumersAtTheEndReadNothingBack_AndGetWhatTheStoreHolds()
    {
        await using var node = await StorageHost.StartAsync(_database, _clock);
        var tail = Assert.IsType<EventLogTail>(node.Log);
        await AppendAsync(node, "a", 0, "1", "2");
        var end = await node.Log.LastPositionAsync();
        Assert.Equal(2, (await tail.ReadAfterAsync(0, 100)).Count);
        var (reads, joined) = (tail.TailReads, tail.Joined);

        // A time with ticks below a microsecond: what the consumers get must equal what a read gives, on PostgreSQL too.
        _clock.Advance(TimeSpan.FromTicks(1_234_567));
        await AppendAsync(node, "a", 2, "3", "4");
        await AppendAsync(node, "b", 0, "5");
        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => tail.ReadAfterAsync(end, 100)));

        Assert.Equal(reads, tail.TailReads);
        Assert.Equal(joined + 2, tail.Joined);
        var stored = await Store(node).ReadAfterAsync(end, 100);
        Assert.Equal(["3", "4", "5"], stored.Select(e => ((NoteAdded)e.Event).Text));
        Assert.All(answers, answer => Assert.Equal(stored, answer));
    }

    [Fact]
    public async Task AnotherNodesAppend_IsReadOnceForAllConsumersAtTheEnd()
    {
        await using var node = await StorageHost.StartAsync(_database, _clock);
        await using var other = await StorageHost.StartAsync(_database, _clock);
        var tail = Assert.IsType<EventLogTail>(node.Log);
        await AppendAsync(node, "a", 0, "1");
        var end = await node.Log.LastPositionAsync();
        var reads = tail.TailReads;

        await AppendAsync(other, "b", 0, "2");
        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => tail.ReadAfterAsync(end, 100)));

        Assert.Equal(reads + 1, tail.TailReads);
        var expected = Assert.Single(await Store(node).ReadAfterAsync(end, 100));
        Assert.All(answers, answer => Assert.Equal(expected, Assert.Single(answer)));
    }

    [Fact]
    public async Task AnOwnAppendAfterAnotherNodesUnread_DoesNotJoinOverTheGap_AndConsumersGetBothInOrder()
    {
        await using var node = await StorageHost.StartAsync(_database, _clock);
        await using var other = await StorageHost.StartAsync(_database, _clock);
        var (tail, end) = await AppendedAndReadAsync(node);

        await AppendAsync(other, "b", 0, "2");
        var joined = tail.Joined;
        await AppendAsync(node, "a", 1, "3");

        Assert.Equal(joined, tail.Joined);
        var read = await tail.ReadAfterAsync(end, 100);
        Assert.Equal(["2", "3"], read.Select(e => ((NoteAdded)e.Event).Text));
        Assert.Equal(await Store(node).ReadAfterAsync(end, 100), read);
    }

    [Fact]
    public async Task TheEndFoundInTheDatabase_IsKeptWhileOnlyOwnAppendsFollow_AndAskedAgainAfterThePollInterval()
    {
        await using var node = await StorageHost.StartAsync(_database, _clock);
        var (tail, end) = await AppendedAndReadAsync(node);
        Assert.Empty(await tail.ReadAfterAsync(end, 100));
        var reads = tail.TailReads;

        await AppendAsync(node, "a", 1, "2");
        var second = Assert.Single(await tail.ReadAfterAsync(end, 100));
        Assert.Empty(await tail.ReadAfterAsync(second.Position, 100));
        Assert.Equal(reads, tail.TailReads);

        _clock.Advance(node.Services.GetRequiredService<IOptions<EventLogOptions>>().Value.PollInterval);
        Assert.Empty(await tail.ReadAfterAsync(second.Position, 100));
        Assert.Equal(reads + 1, tail.TailReads);
    }

    [Fact]
    public async Task AnotherWriterSayingItAppended_SendsTheNextReadAtTheEndToTheDatabase()
    {
        await using var node = await StorageHost.StartAsync(_database, _clock);
        await using var other = await StorageHost.StartAsync(_database, _clock);
        var (tail, end) = await AppendedAndReadAsync(node);
        Assert.Empty(await tail.ReadAfterAsync(end, 100));

        await AppendAsync(other, "b", 0, "2");
        var reads = tail.TailReads;
        Assert.Empty(await tail.ReadAfterAsync(end, 100));
        Assert.Equal(reads, tail.TailReads);

        // What the NOTIFY listener does when another node's append commits.
        node.Services.GetRequiredService<EventLogSignal>().Appended();

        var found = Assert.Single(await tail.ReadAfterAsync(end, 100));
        Assert.Equal(new NoteAdded("2"), found.Event);
        Assert.Equal(reads + 1, tail.TailReads);
    }

    [Fact]
    public async Task ANewerLastPositionThanTheKnownEnd_SendsTheNextReadToTheDatabase_BeforeAnyNotify()
    {
        await using var node = await StorageHost.StartAsync(_database, _clock);
        await using var other = await StorageHost.StartAsync(_database, _clock);
        var (tail, end) = await AppendedAndReadAsync(node);
        Assert.Empty(await tail.ReadAfterAsync(end, 100));

        // A page's catch-up: it reads up to the last position, whichever node stored it.
        await AppendAsync(other, "b", 0, "2");
        var last = await tail.LastPositionAsync();

        var found = Assert.Single(await tail.ReadAfterAsync(end, 100));
        Assert.Equal(last, found.Position);
        Assert.Equal(new NoteAdded("2"), found.Event);
    }

    [Fact]
    public async Task AReadAtTheEndThatFoundNothing_DoesNotHideTheNextAppend()
    {
        await using var node = await StorageHost.StartAsync(_database, _clock);
        await AppendAsync(node, "a", 0, "1");
        var end = await node.Log.LastPositionAsync();
        await node.Log.ReadAfterAsync(0, 100);
        Assert.Empty(await node.Log.ReadAfterAsync(end, 100));

        await AppendAsync(node, "a", 1, "2");

        var after = Assert.Single(await node.Log.ReadAfterAsync(end, 100));
        Assert.Equal(new NoteAdded("2"), after.Event);
    }

    [Fact]
    public async Task AConsumerBehindTheStretch_ReadsTheStore_InBatches_WithoutMovingTheStretch()
    {
        await using var node = await StorageHost.StartAsync(_database, _clock);
        var tail = Assert.IsType<EventLogTail>(node.Log);
        await AppendAsync(node, "a", 0, [.. Enumerable.Range(1, EventLogTail.Capacity + 10).Select(i => $"{i}")]);
        var all = await Store(node).ReadAfterAsync(0, EventLogTail.Capacity + 100);
        await tail.ReadAfterAsync(0, EventLogTail.Capacity + 100);
        var reads = tail.TailReads;

        // The stretch keeps the newest events; the oldest ten are behind it.
        var behind = await tail.ReadAfterAsync(0, 20);
        var held = await tail.ReadAfterAsync(all[^5].Position, 20);

        Assert.Equal(all.Take(20), behind);
        Assert.Equal(all.TakeLast(4), held);
        Assert.Equal(reads, tail.TailReads);
    }

    [Fact]
    public async Task BatchesFromTheStretch_KeepTheirLimit_AndFollowEachOtherWithoutGaps()
    {
        await using var node = await StorageHost.StartAsync(_database, _clock);
        await AppendAsync(node, "a", 0, [.. Enumerable.Range(1, 25).Select(i => $"{i}")]);
        var all = await Store(node).ReadAfterAsync(0, 100);
        await node.Log.ReadAfterAsync(0, 100);

        var read = new List<LoggedEvent>();
        for (var position = 0L; await node.Log.ReadAfterAsync(position, 7) is { Count: > 0 } batch; position = batch[^1].Position)
        {
            Assert.True(batch.Count <= 7);
            read.AddRange(batch);
        }

        Assert.Equal(all, read);
    }

    public void Dispose() => _database.Dispose();

    // The node appends "1" and reads it through its tail; returns the tail and the position of "1".
    private static async Task<(EventLogTail Tail, long End)> AppendedAndReadAsync(StorageHost node)
    {
        var tail = Assert.IsType<EventLogTail>(node.Log);
        await AppendAsync(node, "a", 0, "1");
        var end = await node.Log.LastPositionAsync();
        Assert.Single(await tail.ReadAfterAsync(0, 100));
        return (tail, end);
    }

    private static EventStore Store(StorageHost node) => node.Services.GetRequiredService<EventStore>();

    private static async Task AppendAsync(StorageHost node, string stream, int version, params string[] texts) =>
        await node.Store.AppendAsync<JournalEvent>($"journal/{stream}", version, [.. texts.Select(text => new NoteAdded(text))]);
}
