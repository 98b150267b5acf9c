using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Netwerkbijeenkomst.Grains.EventSourcing;
using Netwerkbijeenkomst.Silo.EventSourcing;
using Netwerkbijeenkomst.Silo.Hosting;
using Netwerkbijeenkomst.Silo.Tests.Hosting;
using Netwerkbijeenkomst.Silo.Tests.Journal;
using Netwerkbijeenkomst.Testing;

namespace Netwerkbijeenkomst.Silo.Tests.EventSourcing;

/// <summary>The event store's group commit: appends that arrive together share a transaction, each keeps its own version check.</summary>
public sealed class GroupCommitTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task ConcurrentAppends_ToManyStreams_NeverFindTheFileBusy_AndKeepEverySequenceGapFree()
    {
        var busy = new BusyCounter();
        await using var node = await StartAsync(busy);
        const int writers = 32;
        const int streamsPerWriter = 8;
        const int appendsPerStream = 6;

        var work = Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            var streams = Enumerable.Range(0, streamsPerWriter).Select(_ => NewStream()).ToArray();
            var versions = new int[streams.Length];
            for (var round = 0; round < appendsPerStream; round++)
            {
                for (var s = 0; s < streams.Length; s++)
                {
                    // One or two events per append, so sequences and versions do not move in lockstep.
                    JournalEvent[] events = round % 2 == 0 ? [new NoteAdded($"{w}/{s}/{round}")] : [new NoteAdded($"{w}/{s}/{round}a"), new NoteAdded($"{w}/{s}/{round}b")];
                    await node.Store.AppendAsync(streams[s], versions[s], events);
                    versions[s] += events.Length;
                }
            }

            return streams.Zip(versions);
        }));
        var expected = (await Task.WhenAll(work)).SelectMany(pairs => pairs).ToDictionary(p => p.First, p => p.Second);

        Assert.Equal(0, busy.Count);
        var stored = StoredEvents();
        Assert.Equal(stored.Count, stored.Select(e => e.Position).Distinct().Count());
        foreach (var (stream, version) in expected)
        {
            // In position (commit) order, each stream reads 1..n without a gap, and its row says n.
            Assert.Equal(Enumerable.Range(1, version), stored.Where(e => e.StreamId == stream).Select(e => e.Sequence));
            Assert.Equal(version, _database.Scalar("SELECT Version FROM Streams WHERE StreamId = $s", ("$s", stream)));
        }

        Assert.Equal(expected.Values.Sum(), stored.Count);
    }

    [Fact]
    public async Task BusyCounter_SeesAnAppendThatFindsTheFileLocked_AndTheAppendStillCommits()
    {
        // The instrument of the test above, checked: another writer holding the file is counted, not missed.
        var busy = new BusyCounter();
        await using var node = await StartAsync(busy);
        var stream = NewStream();
        await using var other = new SqliteConnection(_database.ConnectionString);
        await other.OpenAsync();
        var holding = (SqliteTransaction)await other.BeginTransactionAsync();

        var append = node.Store.AppendAsync<JournalEvent>(stream, 0, [new NoteAdded("wacht")]);
        await busy.FirstBusy.WaitAsync(Patience);
        Assert.False(append.IsCompleted);
        await holding.CommitAsync();
        await append;

        Assert.True(busy.Count > 0);
        Assert.Equal(1, _database.Scalar("SELECT Version FROM Streams WHERE StreamId = $s", ("$s", stream)));
    }

    [Fact]
    public async Task ProductConnections_WaitForALockedFile_InsideSqlite()
    {
        await using var node = await StartAsync();
        await using var db = await node.Contexts.CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA busy_timeout";

        Assert.Equal((long)SqliteBusyTimeout.Milliseconds, (long)(await command.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task ProductTransactions_TakeTheWriteLockAtBegin()
    {
        // BEGIN IMMEDIATE: a read-then-write transaction cannot later fail on a stale snapshot, which no busy handler retries.
        await using var node = await StartAsync();
        await using var db = await node.Contexts.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await using var other = new SqliteConnection($"{_database.ConnectionString};Default Timeout=1");
        await other.OpenAsync();
        await using var write = other.CreateCommand();
        write.CommandText = "BEGIN IMMEDIATE;";

        var busy = await Assert.ThrowsAsync<SqliteException>(() => write.ExecuteNonQueryAsync());
        Assert.Equal(5, busy.SqliteErrorCode);
    }

    [Fact]
    public async Task Append_IsNotAnswered_BeforeItsBatchHasCommitted()
    {
        var hook = new CommitHook();
        await using var node = await StartAsync(hook);
        var first = NewStream();
        var second = NewStream();
        var held = hook.HoldNext();

        var holding = node.Store.AppendAsync<JournalEvent>(first, 0, [new NoteAdded("vast")]);
        await held.WaitAsync(Patience);
        var waiting = node.Store.AppendAsync<JournalEvent>(second, 0, [new NoteAdded("rijdt mee")]);

        Assert.False(holding.IsCompleted);
        Assert.False(waiting.IsCompleted);
        Assert.Equal(0, _database.Scalar("SELECT COUNT(*) FROM Events WHERE StreamId IN ($a, $b)", ("$a", first), ("$b", second)));
        hook.Release();
        await Task.WhenAll(holding, waiting);
        Assert.Equal(2, _database.Scalar("SELECT COUNT(*) FROM Events WHERE StreamId IN ($a, $b)", ("$a", first), ("$b", second)));
    }

    [Fact]
    public async Task ConflictInABatch_FailsOnlyThatAppend_AndAppendsToOneStreamAreCheckedInOrder()
    {
        var hook = new CommitHook();
        await using var node = await StartAsync(hook);
        var (blocker, shared, other) = (NewStream(), NewStream(), NewStream());
        var held = hook.HoldNext();
        var holding = node.Store.AppendAsync<JournalEvent>(blocker, 0, [new NoteAdded("vast")]);
        await held.WaitAsync(Patience);
        var commitsBefore = hook.Commits;

        var first = node.Store.AppendAsync<JournalEvent>(shared, 0, [new NoteAdded("eerste")]);
        var stale = node.Store.AppendAsync<JournalEvent>(shared, 0, [new NoteAdded("verouderd")]);
        var unrelated = node.Store.AppendAsync<JournalEvent>(other, 0, [new NoteAdded("ander")]);
        var next = node.Store.AppendAsync<JournalEvent>(shared, 1, [new NoteAdded("tweede")]);
        hook.Release();

        await holding;
        await first;
        var conflict = await Assert.ThrowsAsync<EventStreamConflictException>(() => stale);
        await unrelated;
        await next;
        Assert.Equal(shared, conflict.StreamId);
        Assert.Equal(commitsBefore + 2, hook.Commits);
        Assert.Equal<JournalEvent>([new NoteAdded("eerste"), new NoteAdded("tweede")], (await node.Store.ReadAsync<JournalEvent>(shared)).Select(e => e.Event));
        Assert.Equal(2, _database.Scalar("SELECT Version FROM Streams WHERE StreamId = $s", ("$s", shared)));
        Assert.Equal(0, _database.Scalar("SELECT COUNT(*) FROM Events WHERE Payload LIKE '%verouderd%'"));
    }

    [Fact]
    public async Task RowTheDatabaseRefuses_FailsOnlyItsOwnAppend_TheRestOfTheBatchCommits()
    {
        var hook = new CommitHook();
        await using var node = await StartAsync(hook);
        Execute("CREATE TRIGGER refuse BEFORE INSERT ON Events WHEN NEW.Payload LIKE '%weigeren%' BEGIN SELECT RAISE(ABORT, 'geweigerd'); END;");
        var (blocker, before, refused, after) = (NewStream(), NewStream(), NewStream(), NewStream());
        var held = hook.HoldNext();
        var holding = node.Store.AppendAsync<JournalEvent>(blocker, 0, [new NoteAdded("vast")]);
        await held.WaitAsync(Patience);

        var good = node.Store.AppendAsync<JournalEvent>(before, 0, [new NoteAdded("goed")]);
        var bad = node.Store.AppendAsync<JournalEvent>(refused, 0, [new NoteAdded("weigeren")]);
        var alsoGood = node.Store.AppendAsync<JournalEvent>(after, 0, [new NoteAdded("ook goed")]);
        hook.Release();

        await Task.WhenAll(holding, good, alsoGood);
        await Assert.ThrowsAsync<SqliteException>(() => bad);
        Assert.Single(await node.Store.ReadAsync<JournalEvent>(before));
        Assert.Single(await node.Store.ReadAsync<JournalEvent>(after));
        Assert.Empty(await node.Store.ReadAsync<JournalEvent>(refused));
        Assert.Equal(0, _database.Scalar("SELECT COUNT(*) FROM Streams WHERE StreamId = $s", ("$s", refused)));
    }

    [Fact]
    public async Task BatchWhoseCommitFails_IsTriedAgainAppendByAppend_AndStoresEachOnce()
    {
        var hook = new CommitHook();
        await using var node = await StartAsync(hook);
        var (blocker, first, second) = (NewStream(), NewStream(), NewStream());
        var held = hook.HoldNext();
        var holding = node.Store.AppendAsync<JournalEvent>(blocker, 0, [new NoteAdded("vast")]);
        await held.WaitAsync(Patience);

        var one = node.Store.AppendAsync<JournalEvent>(first, 0, [new NoteAdded("een")]);
        var two = node.Store.AppendAsync<JournalEvent>(second, 0, [new NoteAdded("twee"), new NoteAdded("drie")]);
        hook.FailNext();
        hook.Release();

        await Task.WhenAll(holding, one, two);
        Assert.Equal([1], (await node.Store.ReadAsync<JournalEvent>(first)).Select(e => e.Sequence));
        Assert.Equal([1, 2], (await node.Store.ReadAsync<JournalEvent>(second)).Select(e => e.Sequence));
        Assert.Equal(2, _database.Scalar("SELECT Version FROM Streams WHERE StreamId = $s", ("$s", second)));
    }

    [Fact]
    public async Task Shutdown_CommitsWhatIsQueued_ThenRefusesNewAppends()
    {
        var hook = new CommitHook();
        var node = await StartAsync(hook);
        var store = node.Store;
        var (blocker, queued) = (NewStream(), NewStream());
        var held = hook.HoldNext();
        var holding = store.AppendAsync<JournalEvent>(blocker, 0, [new NoteAdded("vast")]);
        await held.WaitAsync(Patience);
        var waiting = store.AppendAsync<JournalEvent>(queued, 0, [new NoteAdded("in de rij")]);

        // On another thread: stopping waits for the writer, which waits for the held commit.
        var stopping = Task.Run(() => node.DisposeAsync().AsTask());
        hook.Release();
        await stopping;

        await Task.WhenAll(holding, waiting);
        Assert.Equal(1, _database.Scalar("SELECT COUNT(*) FROM Events WHERE StreamId = $s", ("$s", queued)));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.AppendAsync<JournalEvent>(NewStream(), 0, [new NoteAdded("te laat")]));
    }

    [Fact]
    public async Task TheWriter_KeepsItsConnectionAcrossBatches_AndTakesAFreshOneAfterAFailure_OrAQuietSpell()
    {
        var connections = new ConnectionUse();
        var hook = new CommitHook();
        var clock = new FakeTimeProvider(TestSilos.Start);
        await using var node = await StorageHost.StartAsync(_database, clock, services =>
            services.ConfigureDbContext<EventStoreDbContext>(options => options.AddInterceptors(connections, hook)));
        connections.Forget();
        var stream = NewStream();
        for (var version = 0; version < 3; version++)
        {
            await node.Store.AppendAsync<JournalEvent>(stream, version, [new NoteAdded($"{version}")]);
        }

        hook.FailNext();
        await Assert.ThrowsAsync<InvalidOperationException>(() => node.Store.AppendAsync<JournalEvent>(stream, 3, [new NoteAdded("mislukt")]));
        await node.Store.AppendAsync<JournalEvent>(stream, 3, [new NoteAdded("3")]);
        clock.Advance(GroupCommit.KeepOpen + TimeSpan.FromSeconds(1));
        await node.Store.AppendAsync<JournalEvent>(stream, 4, [new NoteAdded("4")]);

        // Three batches and the failed one on the first connection, closed after the failure; another, closed after the quiet spell; a third.
        Assert.Equal(["open", "begin", "begin", "begin", "begin", "close", "open", "begin", "close", "open", "begin"], connections.Steps);
        Assert.Equal([1, 2, 3, 4, 5], (await node.Store.ReadAsync<JournalEvent>(stream)).Select(e => e.Sequence));
    }

    private Task<StorageHost> StartAsync(params IInterceptor[] interceptors) =>
        StorageHost.StartAsync(_database, new FakeTimeProvider(TestSilos.Start), services =>
            services.ConfigureDbContext<EventStoreDbContext>(options => options.AddInterceptors(interceptors)));

    private List<(long Position, string StreamId, int Sequence)> StoredEvents()
    {
        using var connection = new SqliteConnection(_database.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Position, StreamId, Sequence FROM Events ORDER BY Position";
        using var reader = command.ExecuteReader();
        var rows = new List<(long, string, int)>();
        while (reader.Read())
        {
            rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetInt32(2)));
        }

        return rows;
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection(_database.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string NewStream() => $"journal/{Guid.NewGuid():N}";
}
