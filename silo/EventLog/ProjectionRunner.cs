using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Netwerkbijeenkomst.Silo.EventLog;

/// <summary>
/// Runs one projection over the global event log from its durable checkpoint: after a crash or restart it goes on
/// where the last committed batch ended. Events the projection does not handle (<see cref="IEventProjection{TContext}.Handles"/>)
/// are passed in memory, without a transaction; the checkpoint follows them now and then (<see cref="LogCursor"/>).
/// A batch with events to apply first claims the checkpoint, so when two nodes run the same projection, one applies the
/// batch and the other finds the checkpoint moved past where it stands, and goes on from there.
/// </summary>
public sealed partial class ProjectionRunner<TProjection, TContext>(
    TProjection projection,
    IDbContextFactory<TContext> contexts,
    IEventLog log,
    EventLogSignal signal,
    IOptions<EventLogOptions> options,
    ILogger<ProjectionRunner<TProjection, TContext>> logger) : BackgroundService
    where TProjection : IEventProjection<TContext>
    where TContext : DbContext
{
    private readonly SemaphoreSlim _running = new(1, 1);
    private readonly LogCursor _cursor = new(projection.Name);
    private long _reached;
    private long _applied;

    /// <summary>Batches this node has applied: a consumer of the projection's tables can tell whether they changed.</summary>
    public long Applied => Interlocked.Read(ref _applied);

    /// <summary>Applies every event stored so far; pages call it so they show the result of a command just made.</summary>
    public async Task CatchUpAsync(CancellationToken cancellationToken = default)
    {
        var end = await log.LastPositionAsync(cancellationToken);
        if (end <= Interlocked.Read(ref _reached))
        {
            return;
        }

        await RunAsync(end, cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var seen = signal.Generation;
            try
            {
                // Woken by an append: read on until the log runs out, without first asking where it ends.
                await RunAsync(end: null, stoppingToken);
                failures = 0;
                await signal.WaitAsync(seen, options.Value.PollInterval, stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // The checkpoint did not move: the same events are tried again, after a pause that grows to a minute.
                failures++;
                BatchFailed(logger, projection.Name, error.GetType().Name, failures);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(60, 1 << Math.Min(failures, 6))), stoppingToken);
            }
        }
    }

    private async Task RunAsync(long? end, CancellationToken cancellationToken)
    {
        await _running.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                var (reached, done) = await RunBatchAsync(cancellationToken);
                Interlocked.Exchange(ref _reached, reached);
                if (done || reached >= end)
                {
                    break;
                }
            }

            if (_cursor.WriteDue)
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                await _cursor.WriteAsync(db, cancellationToken);
            }
        }
        finally
        {
            _running.Release();
        }
    }

    /// <summary>Applies or passes one batch; returns where the projection stands after it, and whether the read was empty.</summary>
    private async Task<(long Reached, bool Done)> RunBatchAsync(CancellationToken cancellationToken)
    {
        if (!_cursor.Started)
        {
            await using var start = await contexts.CreateDbContextAsync(cancellationToken);
            await _cursor.StartAsync(start, cancellationToken);
        }

        var events = await log.ReadAfterAsync(_cursor.Position, options.Value.BatchSize, cancellationToken);
        if (events.Count == 0)
        {
            return (_cursor.Position, true);
        }

        // A short batch is not the end (the log's tail answers what it holds in memory): only an empty read is.
        var to = events[^1].Position;
        var handled = events.Where(projection.Handles).ToList();
        if (handled.Count == 0)
        {
            _cursor.Pass(to);
            return (to, false);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Claim the checkpoint before writing: a node that runs the same batch waits here (PostgreSQL's row lock,
        // SQLite's write lock) and then finds the checkpoint moved past where it stands, instead of colliding on the
        // projection's keys. Behind it is fine: the events in between held nothing for this projection.
        var claimed = await db.Database.ExecuteSqlAsync(
            $"""UPDATE "Checkpoints" SET "Position" = "Position" WHERE "Name" = {projection.Name} AND "Position" <= {_cursor.Position}""", cancellationToken);
        if (claimed == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            _cursor.Adopt(await _cursor.ReadAsync(db, cancellationToken));
            return (_cursor.Position, false);
        }

        await projection.ApplyAsync(db, handled, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"""UPDATE "Checkpoints" SET "Position" = {to} WHERE "Name" = {projection.Name}""", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        _cursor.Adopt(to);
        Interlocked.Increment(ref _applied);
        return (to, false);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Projection {Projection} failed ({Error}, {Failures} time(s) in a row); it retries from its checkpoint.")]
    private static partial void BatchFailed(ILogger logger, string projection, string error, int failures);
}
