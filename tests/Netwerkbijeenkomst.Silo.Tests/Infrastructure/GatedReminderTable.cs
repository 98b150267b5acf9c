using Netwerkbijeenkomst.Silo.Runtime;
using Netwerkbijeenkomst.Silo.Server.Reminders;

namespace Netwerkbijeenkomst.Silo.Tests.Infrastructure;

/// <summary>An in-memory reminder table whose full read waits at a gate after taking its snapshot, as a slow database read would.</summary>
internal sealed class GatedReminderTable : IReminderTable
{
    private readonly InMemoryReminderTable _rows = new();

    public Gate ReadAll { get; } = new();

    public async Task<IReadOnlyList<ReminderEntry>> ReadRows(CancellationToken cancellationToken = default)
    {
        var rows = await _rows.ReadRows(cancellationToken);
        await ReadAll.PassAsync();
        return rows;
    }

    public Task<IReadOnlyList<ReminderEntry>> ReadRows(GrainId grainId, CancellationToken cancellationToken = default) =>
        _rows.ReadRows(grainId, cancellationToken);

    public Task UpsertRow(ReminderEntry entry, CancellationToken cancellationToken = default) => _rows.UpsertRow(entry, cancellationToken);

    public Task<bool> RemoveRow(GrainId grainId, string reminderName, CancellationToken cancellationToken = default) =>
        _rows.RemoveRow(grainId, reminderName, cancellationToken);
}
