using Netwerkbijeenkomst.Silo.Runtime;

namespace Netwerkbijeenkomst.Silo;

/// <summary>A grain that receives durable reminders.</summary>
public interface IRemindable : IGrain
{
    Task ReceiveReminder(string reminderName, TickStatus status);
}
