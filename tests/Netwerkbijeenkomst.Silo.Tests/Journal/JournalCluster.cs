using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Netwerkbijeenkomst.Silo.Hosting;
using Netwerkbijeenkomst.Testing;
using Orleans.TestingHost;

namespace Netwerkbijeenkomst.Silo.Tests.Journal;

/// <summary>Orleans test clusters that host the journal grain next to the domain grains, over a test database.</summary>
public static class JournalCluster
{
    public static InProcessTestCluster Build(TestDatabase database, FakeTimeProvider clock, short silos, ReminderTicks? ticks = null, Action<ISiloBuilder>? configure = null)
    {
        // One instance for every silo, so a test hears a tick wherever the journal runs.
        var shared = ticks ?? new ReminderTicks();
        return TestSilos.Build(database, clock, silos, silo =>
        {
            silo.Services.AddEventStream<JournalEvent>();
            silo.Services.AddSingleton(shared);
            configure?.Invoke(silo);
        });
    }
}
