using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Netwerkbijeenkomst.Grains.EventSourcing;
using Netwerkbijeenkomst.Silo.EventLog;
using Netwerkbijeenkomst.Silo.Hosting;
using Netwerkbijeenkomst.Silo.Tests.Journal;
using Netwerkbijeenkomst.Testing;

namespace Netwerkbijeenkomst.Silo.Tests.Hosting;

/// <summary>
/// One node's storage services without a silo, as <see cref="StorageServiceExtensions.AddEventStorage"/> registers
/// them: started, so the silo's tables are migrated. Two hosts over one database are two nodes.
/// </summary>
public sealed class StorageHost : IAsyncDisposable
{
    private readonly IHost _host;

    private StorageHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    public IEventStore Store => Services.GetRequiredService<IEventStore>();

    public IEventLog Log => Services.GetRequiredService<IEventLog>();

    public IDbContextFactory<EventStoreDbContext> Contexts => Services.GetRequiredService<IDbContextFactory<EventStoreDbContext>>();

    public static async Task<StorageHost> StartAsync(TestDatabase database, TimeProvider clock, Action<IServiceCollection>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddSingleton(clock);
        builder.Services.AddEventStorage(new DatabaseSettings(IsPostgres: false, database.ConnectionString)).AddEventStream<JournalEvent>();
        configure?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return new StorageHost(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
