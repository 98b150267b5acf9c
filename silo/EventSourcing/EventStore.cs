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
internal sealed class EventStore : IEventStore, IEventLog, IAsyncDisposable, IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly IDbContextFactory<EventStoreDbContext> _contexts;
    private readonly EventCatalog _catalog;
    private readonly EventLogSignal _signal;
    private readonly TimeProvider _time;
    private readonly ILogger<EventStore> _logger;
    private readonly GroupCommit _commits;

    public EventStore(IDbContextFactory<EventStoreDbContext> contexts, EventCatalog catalog, EventLogSignal signal, TimeProvider time, ILogger<EventStore> logger)
    {
        _contexts = contexts;
        _catalog = catalog;
        _signal = signal;
        _time = time;
        _logger = logger;
        _commits = new GroupCommit(contexts, signal.Id, Committed, signal.Appended, logger, time);
    }

    public async Task<IReadOnlyList<CommittedEvent<TEvent>>> ReadAsync<TEvent>(string streamId, int afterSequence = 0, CancellationToken cancellationToken = default)
        where TEvent : class
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Events.AsNoTracking()
            .Where(e => e.StreamId == streamId && e.Sequence > afterSequence)
            .OrderBy(e => e.Sequence)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(row => new CommittedEvent<TEvent>(row.StreamId, row.Sequence, row.RecordedAt, Deserialize<TEvent>(row)))];
    }

    public async Task<IReadOnlyList<LoggedEvent>> ReadAfterAsync(long position, int max, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Events.AsNoTracking()
            .Where(e => e.Position > position)
            .OrderBy(e => e.Position)
            .Take(max)
            .ToListAsync(cancellationToken);
        var logged = new List<LoggedEvent>(rows.Count);
        foreach (var row in rows)
        {
            // An event this node cannot read (a newer node's type, during a rolling upgrade) must not stop every consumer.
            if (!_catalog.Knows(row.Type))
            {
                _logger.UnknownEventSkipped(row.Position, row.StreamId, row.Type);
                continue;
            }

            logged.Add(new LoggedEvent(row.Position, row.StreamId, row.Sequence, row.RecordedAt, Deserialize<object>(row)));
        }

        return logged;
    }

    public async Task<long> LastPositionAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
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
        // Whole microseconds, PostgreSQL's precision, so the time read back equals the time handed to the log at commit.
        var now = _time.GetUtcNow().ToUniversalTime();
        var recordedAt = new DateTimeOffset(now.Ticks - (now.Ticks % 10), TimeSpan.Zero);
        var rows = events.Select((e, i) => new EventRow
        {
            StreamId = streamId,
            Sequence = expectedVersion + i + 1,
            Type = _catalog.NameOf<TEvent>(e.GetType()),
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
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var rows = await db.Events.Where(e => e.StreamId == streamId).OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
        var changed = 0;
        foreach (var row in rows)
        {
            var redacted = redact(Deserialize<TEvent>(row));
            if (_catalog.NameOf<TEvent>(redacted.GetType()) != row.Type)
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
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Events.Where(e => e.StreamId == streamId).ExecuteDeleteAsync(cancellationToken);
        await db.Streams.Where(s => s.StreamId == streamId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _commits.DisposeAsync();

    public void Dispose() => _commits.Dispose();

    // On the writer loop, before the batch's callers are answered: this process's consumers get the events as stored
    // (from their JSON, as a read would give them) without reading them back, then wake.
    private void Committed(IReadOnlyList<CommittedRow> rows)
    {
        if (!_signal.HandsOnCommits)
        {
            _signal.Appended();
            return;
        }

        var logged = new LoggedEvent[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var (position, row) = rows[i];
            logged[i] = new LoggedEvent(position, row.StreamId, row.Sequence, row.RecordedAt, Deserialize<object>(row));
        }

        _signal.Appended(logged);
    }

    private TEvent Deserialize<TEvent>(EventRow row)
        where TEvent : class =>
        (TEvent)(JsonSerializer.Deserialize(row.Payload, _catalog.Resolve<TEvent>(row.Type), Json)
            ?? throw new InvalidOperationException($"Event {row.StreamId}#{row.Sequence} has an empty payload."));
}
