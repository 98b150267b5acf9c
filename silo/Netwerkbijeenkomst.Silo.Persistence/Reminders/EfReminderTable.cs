using Microsoft.EntityFrameworkCore;
using Netwerkbijeenkomst.Silo.Runtime;
using Netwerkbijeenkomst.Silo.Server.Reminders;

namespace Netwerkbijeenkomst.Silo.Persistence.Reminders;

/// <summary>The reminder table in the application database, so reminders outlive the process.</summary>
internal sealed class EfReminderTable(IDbContextFactory<EventStoreDbContext> contexts) : IReminderTable
{
    public async Task<IReadOnlyList<ReminderEntry>> ReadRows(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Reminders.AsNoTracking().ToListAsync(cancellationToken);
        return [.. rows.Select(ToEntry)];
    }

    public async Task<IReadOnlyList<ReminderEntry>> ReadRows(GrainId grainId, CancellationToken cancellationToken = default)
    {
        var id = grainId.ToString();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Reminders.AsNoTracking().Where(r => r.GrainId == id).ToListAsync(cancellationToken);
        return [.. rows.Select(ToEntry)];
    }

    public async Task UpsertRow(ReminderEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var id = entry.GrainId.ToString();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Reminders.FindAsync([id, entry.ReminderName], cancellationToken);
        if (row is null)
        {
            row = new ReminderRow { GrainId = id, Name = entry.ReminderName };
            db.Reminders.Add(row);
        }

        row.StartAt = entry.StartAt.ToUniversalTime();
        row.Period = entry.Period;
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<bool> RemoveRow(GrainId grainId, string reminderName, CancellationToken cancellationToken = default)
    {
        var id = grainId.ToString();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Reminders.Where(r => r.GrainId == id && r.Name == reminderName).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    private static ReminderEntry ToEntry(ReminderRow row) => new(GrainId.Parse(row.GrainId), row.Name, row.StartAt, row.Period);
}
