using System.Collections.Concurrent;
using Netwerkbijeenkomst.Silo.Runtime;

namespace Netwerkbijeenkomst.Silo.Server.Reminders;

/// <summary>A reminder table that lives as long as the process: for tests that do not restart the silo.</summary>
internal sealed class InMemoryReminderTable : IReminderTable
{
    private readonly ConcurrentDictionary<(GrainId, string), ReminderEntry> _rows = new();

    public Task<IReadOnlyList<ReminderEntry>> ReadRows(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ReminderEntry>>([.. _rows.Values]);

    public Task<IReadOnlyList<ReminderEntry>> ReadRows(GrainId grainId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ReminderEntry>>([.. _rows.Values.Where(r => r.GrainId == grainId)]);

    public Task UpsertRow(ReminderEntry entry, CancellationToken cancellationToken = default)
    {
        _rows[(entry.GrainId, entry.ReminderName)] = entry;
        return Task.CompletedTask;
    }

    public Task<bool> RemoveRow(GrainId grainId, string reminderName, CancellationToken cancellationToken = default) =>
        Task.FromResult(_rows.TryRemove((grainId, reminderName), out _));
}
