using Netwerkbijeenkomst.Silo.Runtime;
using Netwerkbijeenkomst.Silo.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Silo.Tests.Grains;

/// <summary>Only receives reminders: each tick passes the gate "reminder:{key}:{name}".</summary>
public sealed class RemindedGrain(Probe probe) : Grain, IRemindable
{
    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        _ = probe.Gate($"reminder:{this.GetPrimaryKeyString()}:{reminderName}").PassAsync();
        return Task.CompletedTask;
    }
}
