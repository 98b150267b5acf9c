using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Netwerkbijeenkomst.Silo.Tests.Journal;
using Netwerkbijeenkomst.Testing;
using Orleans.TestingHost;

namespace Netwerkbijeenkomst.Silo.Tests.Hosting;

/// <summary>Whole clusters one after another over one database file, as after a restart of every node.</summary>
public sealed class RestartTests : IDisposable
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    // Orleans refuses periods under a minute by default; a second keeps the wait for a tick short.
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(1);

    private readonly TestDatabase _database = new();

    [Fact]
    public async Task NewCluster_OverTheSameDatabase_SeesTheStateOfTheOld_AndGoesOnFromIt()
    {
        var key = Guid.NewGuid().ToString("N");
        await using (var old = await StartAsync())
        {
            await old.Client.GetGrain<IJournalGrain>(key).AddManyAsync(["voor", "de herstart"]);
        }

        await using var restarted = await StartAsync();
        var journal = restarted.Client.GetGrain<IJournalGrain>(key);

        var snapshot = await journal.GetAsync();
        Assert.Equal<string>(["voor", "de herstart"], snapshot.Notes);
        Assert.Equal(2, snapshot.Version);
        await journal.AddAsync("erna");
        Assert.Equal(3, _database.Scalar("SELECT MAX(Sequence) FROM Events WHERE StreamId = $s", ("$s", $"journal/{key}")));
    }

    [Fact]
    public async Task ReminderRegisteredByAGrain_FiresThroughOrleans_AndAgainInTheNextCluster()
    {
        var key = Guid.NewGuid().ToString("N");
        var grain = GrainId.Create("journal", key);
        var oldTicks = new ReminderTicks();
        await using (var old = await StartAsync(oldTicks, RealTimeReminders))
        {
            await old.Client.GetGrain<IJournalGrain>(key).StartReminderAsync("opvolging", TimeSpan.Zero, Period);
            await oldTicks.FirstAsync(key).WaitAsync(Guard);
        }

        var newTicks = new ReminderTicks();
        await using var restarted = await StartAsync(newTicks, RealTimeReminders);

        var row = await restarted.GetSiloServiceProvider().GetRequiredService<IReminderTable>().ReadRow(grain, "opvolging");
        Assert.NotNull(row);
        Assert.Equal(Period, row.Period);
        await newTicks.FirstAsync(key).WaitAsync(Guard);
        Assert.True(
            _database.Scalar("SELECT COUNT(*) FROM Events WHERE StreamId = $s AND Type = 'ReminderTicked'", ("$s", grain.ToString())) >= 2,
            "Each cluster should have stored at least one tick.");
    }

    public void Dispose() => _database.Dispose();

    private static void RealTimeReminders(ISiloBuilder silo)
    {
        TestSilos.RemindersOnRealTime(silo);
        silo.Configure<ReminderOptions>(options => options.MinimumReminderPeriod = Period);
    }

    private async Task<InProcessTestCluster> StartAsync(ReminderTicks? ticks = null, Action<ISiloBuilder>? configure = null)
    {
        var cluster = JournalCluster.Build(_database, new FakeTimeProvider(TestSilos.Start), silos: 1, ticks, configure);
        await cluster.DeployAsync();
        return cluster;
    }
}
