using Microsoft.Extensions.DependencyInjection;
using Netwerkbijeenkomst.Silo.Tests.Grains;
using Netwerkbijeenkomst.Silo.Tests.Infrastructure;
using Netwerkbijeenkomst.Silo.TestingHost;

namespace Netwerkbijeenkomst.Silo.Tests;

/// <summary>Runs silos one after another over one database file, as a restarted process would.</summary>
public sealed class RestartTests : IDisposable
{
    private readonly TestDatabase _database = new();

    [Fact]
    public async Task NewSilo_OverTheSameDatabase_SeesTheStateAndTheRemindersOfTheOld()
    {
        var key = Guid.NewGuid().ToString("N");
        await using (var first = Build())
        {
            await first.DeployAsync();
            var journal = first.GrainFactory.GetGrain<IJournalGrain>(key);
            await journal.AddAsync("voor de herstart");
            await journal.StartReminderAsync("opvolging", TimeSpan.FromHours(1), TimeSpan.FromDays(1));
        }

        await using var second = Build();
        await second.DeployAsync();
        var restarted = second.GrainFactory.GetGrain<IJournalGrain>(key);

        var snapshot = await restarted.GetAsync();
        Assert.Equal<string>(["voor de herstart"], snapshot.Notes);
        Assert.Equal(1, snapshot.VersionAtActivation);

        // The new silo's clock starts where the old one did; the reminder loaded from the table fires on it.
        ((FakeTimeProvider)second.ServiceProvider.GetRequiredService<TimeProvider>()).Advance(TimeSpan.FromHours(1));
        Assert.Equal<string>(["opvolging"], (await restarted.GetAsync()).Reminders);
    }

    [Fact]
    public async Task ReminderDueWhileNoSiloRan_ActivatesItsGrainAfterTheRestart()
    {
        var key = Guid.NewGuid().ToString("N");
        await using (var first = Build())
        {
            await first.DeployAsync();
            await first.GrainFactory.GetGrain<IJournalGrain>(key).StartReminderAsync("termijn", TimeSpan.FromMinutes(10), TimeSpan.FromDays(1));
        }

        await using var second = Build();
        await second.DeployAsync();
        ((FakeTimeProvider)second.ServiceProvider.GetRequiredService<TimeProvider>()).Advance(TimeSpan.FromMinutes(10));

        var snapshot = await second.GrainFactory.GetGrain<IJournalGrain>(key).GetAsync();
        Assert.Equal<string>(["termijn"], snapshot.Reminders);
        Assert.Equal(1, _database.Scalar("SELECT COUNT(*) FROM Events WHERE StreamId = $s", ("$s", $"journal/{key}")));
    }

    public void Dispose() => _database.Dispose();

    private TestCluster Build()
    {
        var builder = new TestClusterBuilder().AddSiloBuilderConfigurator<TestSiloConfigurator>();
        builder.Properties["ConnectionStrings:Silo"] = _database.ConnectionString;
        return builder.Build();
    }
}
