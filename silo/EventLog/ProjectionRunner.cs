using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Netwerkbijeenkomst.Silo.EventLog;

/// <summary>
/// Runs one projection over the global event log from its durable checkpoint: after a crash or restart it goes on
/// where the last committed batch ended. A batch first claims the checkpoint at the position it read, so when two nodes
/// run the same projection, one applies the batch and the other finds the checkpoint moved on and reads again.
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
    private bool _registered;
    private long _reached;

    /// <summary>Applies every event stored so far; pages call it so they show the result of a command just made.</summary>
    public async Task CatchUpAsync(CancellationToken cancellationToken = default)
    {
        var end = await log.LastPositionAsync(cancellationToken);
        if (end <= Interlocked.Read(ref _reached))
        {
            return;
        }

        await _running.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                var (reached, empty) = await RunBatchAsync(cancellationToken);
                Interlocked.Exchange(ref _reached, reached);
                if (empty || reached >= end)
                {
                    return;
                }
            }
        }
        finally
        {
            _running.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var seen = signal.Generation;
            try
            {
                await CatchUpAsync(stoppingToken);
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

    /// <summary>Applies one batch; returns the checkpoint after it, and whether there was nothing to apply.</summary>
    private async Task<(long Reached, bool Empty)> RunBatchAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!_registered)
        {
            await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO "Checkpoints" ("Name", "Position") VALUES ({projection.Name}, 0) ON CONFLICT DO NOTHING""", cancellationToken);
            _registered = true;
        }

        var from = await CheckpointAsync(db, cancellationToken);
        var events = await log.ReadAfterAsync(from, options.Value.BatchSize, cancellationToken);
        if (events.Count == 0)
        {
            return (from, true);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Claim the checkpoint before writing: a node that runs the same batch waits here (PostgreSQL's row lock,
        // SQLite's write lock) and then finds the checkpoint moved on, instead of colliding on the projection's keys.
        var claimed = await db.Database.ExecuteSqlAsync(
            $"""UPDATE "Checkpoints" SET "Position" = "Position" WHERE "Name" = {projection.Name} AND "Position" = {from}""", cancellationToken);
        if (claimed == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return (await CheckpointAsync(db, cancellationToken), false);
        }

        await projection.ApplyAsync(db, events, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var to = events[^1].Position;
        await db.Database.ExecuteSqlAsync($"""UPDATE "Checkpoints" SET "Position" = {to} WHERE "Name" = {projection.Name}""", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (to, false);
    }

    private Task<long> CheckpointAsync(TContext db, CancellationToken cancellationToken) =>
        db.Database
            .SqlQuery<long>($"""SELECT "Position" AS "Value" FROM "Checkpoints" WHERE "Name" = {projection.Name}""")
            .SingleAsync(cancellationToken);

    [LoggerMessage(Level = LogLevel.Error, Message = "Projection {Projection} failed ({Error}, {Failures} time(s) in a row); it retries from its checkpoint.")]
    private static partial void BatchFailed(ILogger logger, string projection, string error, int failures);
}
