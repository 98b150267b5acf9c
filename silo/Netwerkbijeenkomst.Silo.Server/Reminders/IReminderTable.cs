using Netwerkbijeenkomst.Silo.Runtime;

namespace Netwerkbijeenkomst.Silo.Server.Reminders;

/// <summary>Where reminders are kept so that they outlive the silo.</summary>
public interface IReminderTable
{
    Task<IReadOnlyList<ReminderEntry>> ReadRows(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ReminderEntry>> ReadRows(GrainId grainId, CancellationToken cancellationToken = default);

    Task UpsertRow(ReminderEntry entry, CancellationToken cancellationToken = default);

    Task<bool> RemoveRow(GrainId grainId, string reminderName, CancellationToken cancellationToken = default);
}
