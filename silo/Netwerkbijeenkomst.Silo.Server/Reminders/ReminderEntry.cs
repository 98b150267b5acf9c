using Netwerkbijeenkomst.Silo.Runtime;

namespace Netwerkbijeenkomst.Silo.Server.Reminders;

/// <summary>One durable reminder as the reminder table stores it.</summary>
public sealed record ReminderEntry(GrainId GrainId, string ReminderName, DateTimeOffset StartAt, TimeSpan Period);
