using Netwerkbijeenkomst.Silo.Runtime;

namespace Netwerkbijeenkomst.Silo.Timers;

/// <summary>Registers durable reminders for grains; provided by the runtime.</summary>
public interface IReminderRegistry
{
    Task<IGrainReminder> RegisterOrUpdateReminder(GrainId callingGrainId, string reminderName, TimeSpan dueTime, TimeSpan period);

    Task UnregisterReminder(GrainId callingGrainId, IGrainReminder reminder);

    Task<IGrainReminder?> GetReminder(GrainId callingGrainId, string reminderName);

    Task<IReadOnlyList<IGrainReminder>> GetReminders(GrainId callingGrainId);
}
