using Netwerkbijeenkomst.Silo.Tests.Grains;
using Netwerkbijeenkomst.Silo.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Silo.Tests;

[Collection(SharedSilo.Name)]
public sealed class TimerAndReminderTests(SiloFixture silo)
{
    [Fact]
    public async Task GrainTimer_TicksAsATurn_WhoseEventsAreStored()
    {
        var key = Guid.NewGuid().ToString("N");
        var journal = silo.GrainFactory.GetGrain<IJournalGrain>(key);
        await journal.StartTimerAsync(TimeSpan.FromMinutes(5));

        silo.Clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(0, (await journal.GetAsync()).TimerTicks);

        // The tick is queued when the clock passes its due time, so the next call runs after it.
        silo.Clock.Advance(TimeSpan.FromMinutes(1));
        var snapshot = await journal.GetAsync();
        Assert.Equal(1, snapshot.TimerTicks);
        Assert.Equal(1, snapshot.Version);
    }

    [Fact]
    public async Task Reminder_IsStored_AndTicksEveryPeriod()
    {
        var key = Guid.NewGuid().ToString("N");
        var journal = silo.GrainFactory.GetGrain<IJournalGrain>(key);

        await journal.StartReminderAsync("opvolging", TimeSpan.FromHours(1), TimeSpan.FromDays(1));
        Assert.Equal(1, silo.Database.Scalar("SELECT COUNT(*) FROM Reminders WHERE GrainId = $g AND Name = 'opvolging'", ("$g", $"journal/{key}")));

        silo.Clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Empty((await journal.GetAsync()).Reminders);

        silo.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal<string>(["opvolging"], (await journal.GetAsync()).Reminders);

        silo.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal<string>(["opvolging", "opvolging"], (await journal.GetAsync()).Reminders);
    }

    [Fact]
    public async Task UnregisteredReminder_IsRemoved_AndNoLongerTicks()
    {
        var key = Guid.NewGuid().ToString("N");
        var journal = silo.GrainFactory.GetGrain<IJournalGrain>(key);
        await journal.StartReminderAsync("vervalt", TimeSpan.FromHours(1), TimeSpan.FromHours(1));

        await journal.StopReminderAsync("vervalt");
        silo.Clock.Advance(TimeSpan.FromHours(2));

        Assert.Empty((await journal.GetAsync()).Reminders);
        Assert.Equal(0, silo.Database.Scalar("SELECT COUNT(*) FROM Reminders WHERE GrainId = $g", ("$g", $"journal/{key}")));
    }
}
