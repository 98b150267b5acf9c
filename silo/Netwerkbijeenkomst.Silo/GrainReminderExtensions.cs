using Microsoft.Extensions.DependencyInjection;
using Netwerkbijeenkomst.Silo.Runtime;
using Netwerkbijeenkomst.Silo.Timers;

namespace Netwerkbijeenkomst.Silo;

/// <summary>Durable reminders, registered from inside a grain that implements <see cref="IRemindable"/>.</summary>
public static class GrainReminderExtensions
{
    public static Task<IGrainReminder> RegisterOrUpdateReminder(this IGrainBase grain, string reminderName, TimeSpan dueTime, TimeSpan period) =>
        Registry(grain).RegisterOrUpdateReminder(grain.GrainContext.GrainId, reminderName, dueTime, period);

    public static Task UnregisterReminder(this IGrainBase grain, IGrainReminder reminder) =>
        Registry(grain).UnregisterReminder(grain.GrainContext.GrainId, reminder);

    public static Task<IGrainReminder?> GetReminder(this IGrainBase grain, string reminderName) =>
        Registry(grain).GetReminder(grain.GrainContext.GrainId, reminderName);

    public static Task<IReadOnlyList<IGrainReminder>> GetReminders(this IGrainBase grain) =>
        Registry(grain).GetReminders(grain.GrainContext.GrainId);

    private static IReminderRegistry Registry(IGrainBase grain)
    {
        if (grain is not IRemindable)
        {
            throw new InvalidOperationException($"{grain.GetType().Name} must implement IRemindable to use reminders.");
        }

        return grain.GrainContext.ActivationServices.GetRequiredService<IReminderRegistry>();
    }
}
