using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Netwerkbijeenkomst.Silo.Persistence.Hosting;
using Netwerkbijeenkomst.Silo.Server.Hosting;
using Netwerkbijeenkomst.Silo.TestingHost;

namespace Netwerkbijeenkomst.Grains.Tests.Infrastructure;

/// <summary>The domain grains on a fake clock, over the SQLite file named by the "Silo" connection string.</summary>
public sealed class GrainsSiloConfigurator : ISiloConfigurator
{
    /// <summary>Monday 2 November 2026, 09:00 in Amsterdam.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);

    public void Configure(ISiloBuilder siloBuilder)
    {
        siloBuilder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(Start));
        siloBuilder.AddDomainGrains();
        siloBuilder.UseSqliteEventStore(siloBuilder.Configuration.GetConnectionString("Silo")
            ?? throw new InvalidOperationException("The test silo needs ConnectionStrings:Silo."));
    }
}
