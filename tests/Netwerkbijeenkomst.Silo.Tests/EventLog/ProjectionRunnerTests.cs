using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Netwerkbijeenkomst.Silo.EventLog;
using Netwerkbijeenkomst.Silo.EventSourcing;
using Netwerkbijeenkomst.Silo.Hosting;
using Netwerkbijeenkomst.Silo.Tests.Hosting;
using Netwerkbijeenkomst.Silo.Tests.Journal;
using Netwerkbijeenkomst.Testing;

namespace Netwerkbijeenkomst.Silo.Tests.EventLog;

/// <summary>A projection over the global event log from its durable checkpoint; each test has its own database, and nodes are hosts over it.</summary>
public sealed class ProjectionRunnerTests : IDisposable
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    private readonly TestDatabase _database = new();
    private readonly FakeTimeProvider _clock = new(TestSilos.Start);
    private readonly TransactionCounter _transactions = new();

    [Fact]
    public async Task CatchUp_AppliesEveryEventOnce_InLogOrder_AndMovesTheCheckpoint()
    {
        await using var node = await NodeAsync();
        await AppendNotesAsync(node, "a", ["1", "2"]);
        await AppendNotesAsync(node, "b", ["3"]);
        await AppendNotesAsync(node, "a", ["4", "5"], version: 2);
        using var runner = Runner(node, new NotesProjection());

        await runner.CatchUpAsync();

        var logged = await WholeLogAsync(node);
        Assert.Equal(logged.Select(e => e.Position), ProjectedPositions());
        Assert.Equal(["1", "2", "3", "4", "5"], SqliteSchema.Strings(_database.ConnectionString, "SELECT Text FROM ProjectedNotes ORDER BY Id"));
        Assert.Equal(logged[^1].Position, Checkpoint());
    }

    [Fact]
    public async Task CatchUp_OnASecondNode_AfterTheFirstCaughtUp_AppliesNothingAgain()
    {
        await using var first = await NodeAsync();
        await using var second = await NodeAsync();
        await AppendNotesAsync(first, "a", ["1", "2", "3"]);
        using var firstRunner = Runner(first, new NotesProjection());
        using var secondRunner = Runner(second, new NotesProjection());

        await firstRunner.CatchUpAsync();
        await secondRunner.CatchUpAsync();
        await firstRunner.CatchUpAsync();

        Assert.Equal(3, _database.Scalar("SELECT COUNT(*) FROM ProjectedNotes"));
    }

    [Fact]
    public async Task CatchUp_OnTwoNodesAtOnce_AppliesEachEventExactlyOnce()
    {
        await using var first = await NodeAsync();
        await using var second = await NodeAsync();
        for (var stream = 0; stream < 6; stream++)
        {
            await AppendNotesAsync(stream % 2 == 0 ? first : second, $"s{stream}", [$"{stream}.1", $"{stream}.2", $"{stream}.3"]);
        }

        using var firstRunner = Runner(first, new NotesProjection());
        using var secondRunner = Runner(second, new NotesProjection());

        await Task.WhenAll(Task.Run(() => firstRunner.CatchUpAsync()), Task.Run(() => secondRunner.CatchUpAsync()));

        var logged = await WholeLogAsync(first);
        Assert.Equal(18, logged.Count);
        Assert.Equal(logged.Select(e => e.Position), ProjectedPositions());
        Assert.Equal(logged[^1].Position, Checkpoint());
    }

    [Fact]
    public async Task RunnerThatLosesTheRaceForABatch_AppliesNothingOfIt_AndGoesOnFromTheWinnersCheckpoint()
    {
        await using var winner = await NodeAsync();
        using var winningRunner = Runner(winner, new NotesProjection());

        // The loser has read checkpoint 0 when the winner commits everything.
        await using var loser = await NodeAsync(interceptors: new CheckpointReadHook(() => winningRunner.CatchUpAsync()));
        await AppendNotesAsync(winner, "a", ["1", "2", "3"]);
        var losingProjection = new NotesProjection();
        using var losingRunner = Runner(loser, losingProjection);

        await losingRunner.CatchUpAsync();

        // It claims the checkpoint before writing, finds it moved on, and never applies the batch the winner applied.
        Assert.False(losingProjection.FirstBatch.IsCompleted, "The losing runner applied a batch the winner had already applied.");
        var logged = await WholeLogAsync(winner);
        Assert.Equal(logged.Select(e => e.Position), ProjectedPositions());
        Assert.Equal(logged[^1].Position, Checkpoint());
    }

    [Fact]
    public async Task ProjectionThatFailsMidBatch_RollsTheBatchBack_AndTheNextRunnerResumesExactlyOnce()
    {
        await using var crashed = await NodeAsync();
        await AppendNotesAsync(crashed, "a", ["1", "2", "3", "onleesbaar", "5"]);
        var logged = await WholeLogAsync(crashed);

        // Batches of two: [1, 2] commits, [3, onleesbaar] fails after writing 3.
        using (var failing = Runner(crashed, new NotesProjection(failOn: "onleesbaar")))
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => failing.CatchUpAsync());
        }

        Assert.Equal(logged.Take(2).Select(e => e.Position), ProjectedPositions());
        Assert.Equal(logged[1].Position, Checkpoint());

        await using var restarted = await NodeAsync();
        using var runner = Runner(restarted, new NotesProjection());
        await runner.CatchUpAsync();

        Assert.Equal(logged.Select(e => e.Position), ProjectedPositions());
        Assert.Equal(logged[^1].Position, Checkpoint());
    }

    [Fact]
    public async Task EventsAppendedAfterACatchUp_AreAppliedByTheNext()
    {
        await using var node = await NodeAsync();
        using var runner = Runner(node, new NotesProjection());
        await AppendNotesAsync(node, "a", ["1"]);
        await runner.CatchUpAsync();

        await AppendNotesAsync(node, "a", ["2", "3"], version: 1);
        await runner.CatchUpAsync();

        Assert.Equal(["1", "2", "3"], SqliteSchema.Strings(_database.ConnectionString, "SELECT Text FROM ProjectedNotes ORDER BY Id"));
        Assert.Equal(await node.Log.LastPositionAsync(), Checkpoint());
    }

    [Fact]
    public async Task EventsTheProjectionDoesNotHandle_ArePassedWithoutATransaction_AndTheNextNoteMovesTheCheckpointPastThem()
    {
        await using var node = await NodeAsync(interceptors: _transactions);
        using var runner = Runner(node, new NotesProjection());
        await AppendNotesAsync(node, "a", ["1"]);
        await runner.CatchUpAsync();
        var afterNote = Checkpoint();
        var transactions = _transactions.Begun;

        // Six events that are not notes: three batches of two, passed in memory.
        await AppendTicksAsync(node, "b", 6);
        await runner.CatchUpAsync();
        Assert.Equal(transactions, _transactions.Begun);
        Assert.Equal(afterNote, Checkpoint());

        await AppendNotesAsync(node, "a", ["2"], version: 1);
        await runner.CatchUpAsync();
        Assert.Equal(["1", "2"], SqliteSchema.Strings(_database.ConnectionString, "SELECT Text FROM ProjectedNotes ORDER BY Id"));
        Assert.Equal(await node.Log.LastPositionAsync(), Checkpoint());
    }

    [Fact]
    public async Task RunnerThatPassedEventsBehindAnotherNodesCheckpoint_AppliesNothingTwice()
    {
        await using var first = await NodeAsync();
        await using var second = await NodeAsync();
        using var firstRunner = Runner(first, new NotesProjection());
        using var secondRunner = Runner(second, new NotesProjection());
        await AppendTicksAsync(first, "b", 2);
        await secondRunner.CatchUpAsync();

        // The first node applies the notes; the second stands where it passed the ticks, behind them.
        await AppendNotesAsync(first, "a", ["1", "2", "3"]);
        await firstRunner.CatchUpAsync();
        await secondRunner.CatchUpAsync();

        Assert.Equal(["1", "2", "3"], SqliteSchema.Strings(_database.ConnectionString, "SELECT Text FROM ProjectedNotes ORDER BY Id"));
        Assert.Equal(await first.Log.LastPositionAsync(), Checkpoint());
    }

    [Fact]
    public async Task ProjectionRunningOnANode_AppliesItsAppends_WithoutBeingAsked()
    {
        var projection = new NotesProjection();
        await using var node = await NodeAsync(services => services.AddSingleton(projection).AddEventProjection<NotesProjection, NotesDbContext>());

        await AppendNotesAsync(node, "a", ["vanzelf"]);
        await projection.FirstBatch.WaitAsync(Guard);

        // Waits for the batch the node is committing, then finds nothing left to do.
        await node.Services.GetRequiredService<ProjectionRunner<NotesProjection, NotesDbContext>>().CatchUpAsync();
        Assert.Equal(["vanzelf"], SqliteSchema.Strings(_database.ConnectionString, "SELECT Text FROM ProjectedNotes"));
        Assert.Equal(await node.Log.LastPositionAsync(), Checkpoint());
    }

    public void Dispose() => _database.Dispose();

    private Task<StorageHost> NodeAsync(Action<IServiceCollection>? configure = null, params IInterceptor[] interceptors) =>
        StorageHost.StartAsync(_database, _clock, services =>
        {
            services.AddNotes(_database, interceptors);
            configure?.Invoke(services);
        });

    /// <summary>A runner with batches of two, so a handful of events takes several transactions.</summary>
    private static ProjectionRunner<NotesProjection, NotesDbContext> Runner(StorageHost node, NotesProjection projection) =>
        new(
            projection,
            node.Services.GetRequiredService<IDbContextFactory<NotesDbContext>>(),
            node.Log,
            node.Services.GetRequiredService<EventLogSignal>(),
            Options.Create(new EventLogOptions { BatchSize = 2 }),
            NullLogger<ProjectionRunner<NotesProjection, NotesDbContext>>.Instance);

    private static async Task AppendNotesAsync(StorageHost node, string stream, string[] texts, int version = 0) =>
        await node.Store.AppendAsync<JournalEvent>($"journal/{stream}", version, [.. texts.Select(text => new NoteAdded(text))]);

    private static async Task AppendTicksAsync(StorageHost node, string stream, int count) =>
        await node.Store.AppendAsync<JournalEvent>($"journal/{stream}", 0, [.. Enumerable.Range(1, count).Select(i => new ReminderTicked($"tik {i}"))]);

    private List<long> ProjectedPositions() =>
        [.. SqliteSchema.Strings(_database.ConnectionString, "SELECT CAST(Position AS TEXT) FROM ProjectedNotes ORDER BY Id").Select(long.Parse)];

    private long Checkpoint() => _database.Scalar("SELECT Position FROM Checkpoints WHERE Name = 'notes'");

    // The whole log as the database holds it: a node's tail may answer one read short.
    private static Task<IReadOnlyList<LoggedEvent>> WholeLogAsync(StorageHost node) =>
        node.Services.GetRequiredService<EventStore>().ReadAfterAsync(0, 100);
}
