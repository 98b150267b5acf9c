using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Netwerkbijeenkomst.Silo.Runtime;
using Netwerkbijeenkomst.Silo.Server.Activations;
using Netwerkbijeenkomst.Silo.Server.Configuration;
using Netwerkbijeenkomst.Silo.Server.Reminders;
using Netwerkbijeenkomst.Silo.TestingHost;
using Netwerkbijeenkomst.Silo.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Silo.Tests;

[Collection(SharedSilo.Name)]
public sealed class ReminderServiceTests(SiloFixture silo)
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task ReminderRegistered_WhileTheServiceReadsItsTable_IsScheduled()
    {
        var key = Guid.NewGuid().ToString("N");
        var clock = new FakeTimeProvider();
        var table = new GatedReminderTable();
        using var reminders = new ReminderService(
            table, silo.Service<Catalog>(), silo.Service<GrainTypeRegistry>(), clock, Options.Create(new ReminderOptions()), NullLogger<ReminderService>.Instance);

        // The table has taken its snapshot, without the reminder registered next.
        var start = reminders.StartAsync(CancellationToken.None);
        await table.ReadAll.Entered.WaitAsync(Guard);
        await reminders.RegisterOrUpdateReminder(new GrainId("reminded", key), "tijdens start", TimeSpan.FromMinutes(5), TimeSpan.FromHours(1));
        table.ReadAll.Release();
        await start.WaitAsync(Guard);

        clock.Advance(TimeSpan.FromMinutes(5));
        await silo.Probe.Gate($"reminder:{key}:tijdens start").Entered.WaitAsync(Guard);
    }
}
