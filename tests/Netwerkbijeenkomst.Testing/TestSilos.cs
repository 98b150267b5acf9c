using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Netwerkbijeenkomst.Silo.Hosting;
using Orleans.Reminders;
using Orleans.TestingHost;

namespace Netwerkbijeenkomst.Testing;

/// <summary>
/// An Orleans test cluster of real silos in this process, each with our providers over one SQLite file and one fake
/// clock: the grains and the reminder service read the fake clock, Orleans' own machinery (messaging, membership,
/// activation collection) keeps real time so advancing the clock never fakes a silo's death.
/// </summary>
public static class TestSilos
{
    /// <summary>Monday 2 November 2026, 09:00 in Amsterdam.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);

    public static InProcessTestCluster Build(TestDatabase database, FakeTimeProvider clock, short silos, Action<ISiloBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        var builder = new InProcessTestClusterBuilder(silos);
        builder.Options.ConfigureFileLogging = false;

        // Host delegates run before the silo is configured, so the tables are migrated before the silo starts.
        builder.ConfigureSiloHost((_, host) =>
        {
            UseClock(host.Services, clock);
            host.Services.AddEventStorage(new DatabaseSettings(IsPostgres: false, database.ConnectionString));
        });
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddDomainGrains();
            configure?.Invoke(silo);
        });
        return builder.Build();
    }

    /// <summary>The grains (and the web host, when given) read <paramref name="clock"/>; Orleans' own machinery keeps real time.</summary>
    public static void UseClock(IServiceCollection services, FakeTimeProvider clock)
    {
        services.AddSingleton<TimeProvider>(clock);
        foreach (var area in new[] { TimeProviderNames.Messaging, TimeProviderNames.SystemTimers, TimeProviderNames.Membership, TimeProviderNames.ActivationManagement, TimeProviderNames.GrainDirectory })
        {
            services.AddKeyedSingleton(area, TimeProvider.System);
        }
    }

    /// <summary>The reminder service's clock, pinned to real time for tests that let Orleans fire reminders by itself.</summary>
    public static void RemindersOnRealTime(ISiloBuilder silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.Services.AddKeyedSingleton(ReminderTimeProviderNames.Reminders, TimeProvider.System);
    }
}
