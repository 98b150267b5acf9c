using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Netwerkbijeenkomst.Silo.Persistence.EventSourcing;
using Netwerkbijeenkomst.Silo.Persistence.Hosting;
using Netwerkbijeenkomst.Silo.Server.Hosting;
using Netwerkbijeenkomst.Silo.TestingHost;

namespace Netwerkbijeenkomst.Silo.Tests.Infrastructure;

/// <summary>A silo on a fake clock, storing events and reminders in the SQLite file named by the "Silo" connection string.</summary>
public sealed class TestSiloConfigurator : ISiloConfigurator
{
    public void Configure(ISiloBuilder siloBuilder)
    {
        siloBuilder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider());
        siloBuilder.Services.AddSingleton<Probe>();
        siloBuilder.Services.AddSingleton<RecordingSubscriber>();
        siloBuilder.Services.AddSingleton<IEventSubscriber>(sp => sp.GetRequiredService<RecordingSubscriber>());
        siloBuilder.UseSqliteEventStore(siloBuilder.Configuration.GetConnectionString("Silo")
            ?? throw new InvalidOperationException("The test silo needs ConnectionStrings:Silo."));
    }
}
