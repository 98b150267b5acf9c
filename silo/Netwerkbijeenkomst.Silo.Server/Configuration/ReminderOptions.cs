namespace Netwerkbijeenkomst.Silo.Server.Configuration;

/// <summary>Limits on durable reminders.</summary>
public sealed class ReminderOptions
{
    /// <summary>Reminders are for coarse schedules; use a grain timer for anything faster.</summary>
    public TimeSpan MinimumReminderPeriod { get; set; } = TimeSpan.FromMinutes(1);
}
