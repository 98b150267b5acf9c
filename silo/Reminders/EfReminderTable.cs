using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Netwerkbijeenkomst.Silo.Reminders;

/// <summary>Orleans' reminder table in the application database (SQLite or PostgreSQL), so reminders outlive every silo.</summary>
internal sealed class EfReminderTable(IDbContextFactory<EventStoreDbContext> contexts) : IReminderTable
{
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        // Rows written before the port to Orleans have no hash; without one no silo would ever read them.
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var unhashed = await db.Reminders.Where(r => r.GrainHash == null).ToListAsync(cancellationToken);
        foreach (var row in unhashed)
        {
            row.GrainHash = GrainId.Parse(row.GrainId, CultureInfo.InvariantCulture).GetUniformHashCode();
            row.ETag ??= NewETag();
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<ReminderTableData> ReadRows(GrainId grainId)
    {
        var id = grainId.ToString();
        await using var db = await contexts.CreateDbContextAsync();
        return Data(await db.Reminders.AsNoTracking().Where(r => r.GrainId == id).ToListAsync());
    }

    public async Task<ReminderTableData> ReadRows(uint begin, uint end)
    {
        long from = begin;
        long to = end;
        await using var db = await contexts.CreateDbContextAsync();
        var rows = db.Reminders.AsNoTracking();

        // The ring wraps: (begin, end] when begin < end, otherwise everything after begin and up to end.
        rows = begin < end
            ? rows.Where(r => r.GrainHash > from && r.GrainHash <= to)
            : rows.Where(r => r.GrainHash > from || r.GrainHash <= to);
        return Data(await rows.ToListAsync());
    }

    public async Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName)
    {
        var id = grainId.ToString();
        await using var db = await contexts.CreateDbContextAsync();
        var row = await db.Reminders.AsNoTracking().SingleOrDefaultAsync(r => r.GrainId == id && r.Name == reminderName);
        return row is null ? null : ToEntry(row);
    }

    public async Task<string?> UpsertRow(ReminderEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var id = entry.GrainId.ToString();
        long hash = entry.GrainId.GetUniformHashCode();
        var startAt = new DateTimeOffset(DateTime.SpecifyKind(entry.StartAt, DateTimeKind.Utc));
        var period = entry.Period;
        var etag = NewETag();
        await using var db = await contexts.CreateDbContextAsync();

        // One statement, so two silos (or two calls) registering the same reminder at once both succeed; the last one wins.
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "Reminders" ("GrainId", "Name", "GrainHash", "StartAt", "Period", "ETag")
            VALUES ({id}, {entry.ReminderName}, {hash}, {startAt}, {period}, {etag})
            ON CONFLICT ("GrainId", "Name") DO UPDATE SET
                "GrainHash" = excluded."GrainHash", "StartAt" = excluded."StartAt", "Period" = excluded."Period", "ETag" = excluded."ETag"
            """);
        return etag;
    }

    public async Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag)
    {
        var id = grainId.ToString();
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Reminders.Where(r => r.GrainId == id && r.Name == reminderName && r.ETag == eTag).ExecuteDeleteAsync() > 0;
    }

    public async Task TestOnlyClearTable()
    {
        await using var db = await contexts.CreateDbContextAsync();
        await db.Reminders.ExecuteDeleteAsync();
    }

    private static string NewETag() => Guid.NewGuid().ToString("N");

    private static ReminderTableData Data(List<ReminderRow> rows) => new(rows.Select(ToEntry));

    private static ReminderEntry ToEntry(ReminderRow row) => new()
    {
        GrainId = GrainId.Parse(row.GrainId, CultureInfo.InvariantCulture),
        ReminderName = row.Name,
        StartAt = row.StartAt.UtcDateTime,
        Period = row.Period,
        ETag = row.ETag,
    };
}
