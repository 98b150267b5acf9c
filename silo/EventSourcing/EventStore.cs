using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Netwerkbijeenkomst.Grains.EventSourcing;
using Netwerkbijeenkomst.Silo.EventLog;

namespace Netwerkbijeenkomst.Silo.EventSourcing;

/// <summary>
/// The event store over EF Core. Appends go through one <see cref="GroupCommit"/> per store: appends that arrive
/// together share one transaction and one sync, each guarded by its stream row's version. Appends are numbered in
/// commit order (see <see cref="CommitOrder"/>), so readers of the whole log never skip an event.
/// </summary>
internal sealed class EventStore(
    IDbContextFactory<EventStoreDbContext> contexts,
    EventCatalog catalog,
    EventLogSignal signal,
    TimeProvider time,
    ILogger<EventStore> logger) : IEventStore, IEventLog, IAsyncDisposable, IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly GroupCommit _commits = new(contexts, signal, logger);

    public async Task<IReadOnlyList<CommittedEvent<TEvent>>> ReadAsync<TEvent>(string streamId, int afterSequence = 0, CancellationToken cancellationToken = default)
        where TEvent : class
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Events.AsNoTracking()
            .Where(e => e.StreamId == streamId && e.Sequence > afterSequence)
            .OrderBy(e => e.Sequence)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(row => new CommittedEvent<TEvent>(row.StreamId, row.Sequence, row.RecordedAt, Deserialize<TEvent>(row)))];
    }

    public async Task<IReadOnlyList<LoggedEvent>> ReadAfterAsync(long position, int max, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Events.AsNoTracking()
            .Where(e => e.Position > position)
            .OrderBy(e => e.Position)
            .Take(max)
            .ToListAsync(cancellationToken);
        var logged = new List<LoggedEvent>(rows.Count);
        foreach (var row in rows)
        {
            // An event this node cannot read (a newer node's type, during a rolling upgrade) must not stop every consumer.
            if (!catalog.Knows(row.Type))
            {
                logger.UnknownEventSkipped(row.Position, row.StreamId, row.Type);
                continue;
            }

            logged.Add(new LoggedEvent(row.Position, row.StreamId, row.Sequence, row.RecordedAt, Deserialize<object>(row)));
        }

        return logged;
    }

    public async Task<long> LastPositionAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Events.MaxAsync(e => (long?)e.Position, cancellationToken) ?? 0;
    }

    public async Task<IReadOnlyList<CommittedEvent<TEvent>>> AppendAsync<TEvent>(string streamId, int expectedVersion, IReadOnlyList<TEvent> events, CancellationToken cancellationToken = default)
        where TEvent : class
    {
        ArgumentException.ThrowIfNullOrEmpty(streamId);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            return [];
        }

        // Serialized before the transaction opens: an event that cannot be stored fails the append before it begins.
        var recordedAt = time.GetUtcNow().ToUniversalTime();
        var rows = events.Select((e, i) => new EventRow
        {
            StreamId = streamId,
            Sequence = expectedVersion + i + 1,
            Type = catalog.NameOf<TEvent>(e.GetType()),
            Payload = JsonSerializer.Serialize(e, e.GetType(), Json),
            RecordedAt = recordedAt,
        }).ToList();
        await _commits.AppendAsync(new PendingAppend(streamId, expectedVersion, rows, cancellationToken));
        return [.. rows.Select((row, i) => new CommittedEvent<TEvent>(streamId, row.Sequence, recordedAt, events[i]))];
    }

    public async Task<int> RedactAsync<TEvent>(string streamId, Func<TEvent, TEvent> redact, CancellationToken cancellationToken = default)
        where TEvent : class
    {
        ArgumentNullException.ThrowIfNull(redact);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var rows = await db.Events.Where(e => e.StreamId == streamId).OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
        var changed = 0;
        foreach (var row in rows)
        {
            var redacted = redact(Deserialize<TEvent>(row));
            if (catalog.NameOf<TEvent>(redacted.GetType()) != row.Type)
            {
                throw new InvalidOperationException($"Redacting {row.StreamId}#{row.Sequence} may change what it says, not what it is.");
            }

            var payload = JsonSerializer.Serialize(redacted, redacted.GetType(), Json);
            if (payload != row.Payload)
            {
                row.Payload = payload;
                changed++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return changed;
    }

    public async Task DeleteStreamAsync(string streamId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Events.Where(e => e.StreamId == streamId).ExecuteDeleteAsync(cancellationToken);
        await db.Streams.Where(s => s.StreamId == streamId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _commits.DisposeAsync();

    public void Dispose() => _commits.Dispose();

    private TEvent Deserialize<TEvent>(EventRow row)
        where TEvent : class =>
        (TEvent)(JsonSerializer.Deserialize(row.Payload, catalog.Resolve<TEvent>(row.Type), Json)
            ?? throw new InvalidOperationException($"Event {row.StreamId}#{row.Sequence} has an empty payload."));
}
