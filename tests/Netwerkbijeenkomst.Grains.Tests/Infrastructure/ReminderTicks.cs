namespace Netwerkbijeenkomst.Grains.Tests.Infrastructure;

/// <summary>Delivers a reminder tick to a grain as Orleans' reminder service would, without waiting for its due time.</summary>
public static class ReminderTicks
{
    public static Task TickAsync(this IGrainFactory grains, IAddressable grain, string reminderName, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return grains.GetGrain<IRemindable>(grain.GetGrainId()).ReceiveReminder(reminderName, new TickStatus(now, TimeSpan.FromDays(1), now));
    }
}
