using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Grains.EventSourcing;
using Netwerkbijeenkomst.Silo.EventLog;
using Netwerkbijeenkomst.Silo.EventSourcing;
using Netwerkbijeenkomst.Silo.Settings;

namespace Netwerkbijeenkomst.Silo.Hosting;

/// <summary>The silo's tables in the application database, for silos and web nodes alike: the event store and the global event log.</summary>
public static class StorageServiceExtensions
{
    /// <summary>Call before <c>UseOrleans</c>/<c>UseOrleansClient</c>: the tables are migrated by a hosted service that must start first.</summary>
    public static IServiceCollection AddEventStorage(this IServiceCollection services, DatabaseSettings database)
    {
        ArgumentNullException.ThrowIfNull(database);
        services.AddPooledDbContextFactory<EventStoreDbContext>(options =>
        {
            if (database.IsPostgres)
            {
                options.UseNpgsql(database.ConnectionString, sql => sql.MigrationsHistoryTable(EventStoreDbContext.MigrationsHistoryTable));
            }
            else
            {
                options.UseSqlite(database.ConnectionString, sql => sql.MigrationsHistoryTable(EventStoreDbContext.MigrationsHistoryTable))
                    .AddInterceptors(new SqliteBusyTimeout(), new SqliteDurability());
            }

            // The migrations are written by hand, without a model snapshot; a test compares their schema with the model's.
            options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        });
        services.AddHostedService<SiloDatabaseMigrator>();
        if (database.SqliteFile is not null)
        {
            // After the migrator, which creates the file: `restore` refuses while this node has it open.
            services.AddHostedService(_ => new SqliteFileHold(database));
        }

        services.TryAddSingleton(database);
        if (database.IsPostgres)
        {
            services.AddHostedService<PostgresAppendListener>();
        }
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<EventCatalog>();
        services.TryAddSingleton<EventLogSignal>();
        services.TryAddSingleton<EventStore>();
        services.TryAddSingleton<IEventStore>(sp => sp.GetRequiredService<EventStore>());
        services.TryAddSingleton<IEventLog>(sp => new EventLogTail(
            sp.GetRequiredService<EventStore>(),
            sp.GetRequiredService<EventLogSignal>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<EventLogOptions>>().Value.PollInterval));
        services.AddSettings<EventLogOptions>(EventLogOptions.Section);

        // Every node reads the domain events: silos to fold them, web nodes to push and project them.
        return services.AddEventStream<NetworkEvent>().AddEventStream<MeetingEvent>().AddEventStream<CaseEvent>();
    }

    /// <summary>Lets the store hold the concrete records of <typeparamref name="TEvent"/>.</summary>
    public static IServiceCollection AddEventStream<TEvent>(this IServiceCollection services)
        where TEvent : class
    {
        services.AddSingleton(new EventBaseType(typeof(TEvent)));
        return services;
    }

    /// <summary>Runs <typeparamref name="TProjection"/> over the event log from its durable checkpoint, on this node.</summary>
    public static IServiceCollection AddEventProjection<TProjection, TContext>(this IServiceCollection services)
        where TProjection : class, IEventProjection<TContext>
        where TContext : DbContext
    {
        services.TryAddSingleton<TProjection>();
        services.TryAddSingleton<ProjectionRunner<TProjection, TContext>>();
        services.AddHostedService(sp => sp.GetRequiredService<ProjectionRunner<TProjection, TContext>>());
        return services;
    }
}
