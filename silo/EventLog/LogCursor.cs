using Microsoft.EntityFrameworkCore;

namespace Netwerkbijeenkomst.Silo.EventLog;

/// <summary>
/// A consumer's place in the global event log: kept in memory, and written to its row in "Checkpoints" when the
/// consumer commits work, or now and then while it only passes events it has nothing to do with. So a stretch of live-room
/// events costs a projection that ignores them one read and no write; after a restart it reads that stretch again
/// and passes it again, which changes nothing.
/// </summary>
public sealed class LogCursor(string name)
{
    /// <summary>While only passing events, the checkpoint is written once this many events or this long behind.</summary>
    public const long LagEvents = 5_000;

    public static readonly TimeSpan LagTime = TimeSpan.FromSeconds(10);

    private long _storedAt = Environment.TickCount64;

    public string Name { get; } = name;

    /// <summary>Everything up to here that the consumer handles is done (by this node or another); -1 before <see cref="StartAsync"/>.</summary>
    public long Position { get; private set; } = -1;

    /// <summary>The checkpoint as this node last read or wrote it.</summary>
    public long Stored { get; private set; }

    public bool Started => Position >= 0;

    /// <summary>Makes the checkpoint row if there is none and starts from it.</summary>
    public async Task StartAsync(DbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "Checkpoints" ("Name", "Position") VALUES ({Name}, 0) ON CONFLICT DO NOTHING""", cancellationToken);
        Adopt(await ReadAsync(db, cancellationToken));
    }

    public Task<long> ReadAsync(DbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database
            .SqlQuery<long>($"""SELECT "Position" AS "Value" FROM "Checkpoints" WHERE "Name" = {Name}""")
            .SingleAsync(cancellationToken);
    }

    /// <summary>Takes the stored checkpoint as the place to go on from (another node moved it).</summary>
    public void Adopt(long stored)
    {
        Position = Stored = stored;
        _storedAt = Environment.TickCount64;
    }

    /// <summary>The events up to <paramref name="to"/> held nothing for this consumer.</summary>
    public void Pass(long to) => Position = Math.Max(Position, to);

    /// <summary>Whether the passed events are far enough behind the stored checkpoint to write it.</summary>
    public bool WriteDue =>
        Position > Stored && (Position - Stored >= LagEvents || Environment.TickCount64 - _storedAt >= LagTime.TotalMilliseconds);

    /// <summary>Moves the stored checkpoint to <see cref="Position"/> (never back: another node may be further).</summary>
    public async Task WriteAsync(DbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var to = Position;
        await db.Database.ExecuteSqlAsync(
            $"""UPDATE "Checkpoints" SET "Position" = {to} WHERE "Name" = {Name} AND "Position" < {to}""", cancellationToken);
        Adopt(to);
    }
}
