using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Netwerkbijeenkomst.Silo.Persistence.EventSourcing;
using Netwerkbijeenkomst.Silo.Persistence.Reminders;
using Netwerkbijeenkomst.Silo.Server.Hosting;
using Netwerkbijeenkomst.Silo.Server.Reminders;

namespace Netwerkbijeenkomst.Silo.Persistence.Hosting;

/// <summary>Stores the silo's events and reminders in the application database.</summary>
public static class EventStoreSiloBuilderExtensions
{
    /// <summary>SQLite, the embedded default: the file is created on first start.</summary>
    public static ISiloBuilder UseSqliteEventStore(this ISiloBuilder silo, string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (Path.GetDirectoryName(Path.GetFullPath(builder.DataSource)) is { } folder && builder.Mode != SqliteOpenMode.Memory)
        {
            Directory.CreateDirectory(folder);
        }

        return silo.UseEventStore(options => options
            .UseSqlite(connectionString, sql => sql.MigrationsHistoryTable(EventStoreDbContext.MigrationsHistoryTable))
            .AddInterceptors(new SqliteDurability()));
    }

    /// <summary>PostgreSQL, for production.</summary>
    public static ISiloBuilder UsePostgresEventStore(this ISiloBuilder silo, string connectionString) =>
        silo.UseEventStore(options => options
            .UseNpgsql(connectionString, sql => sql.MigrationsHistoryTable(EventStoreDbContext.MigrationsHistoryTable)));

    private static ISiloBuilder UseEventStore(this ISiloBuilder silo, Action<DbContextOptionsBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.Services.AddPooledDbContextFactory<EventStoreDbContext>(options =>
        {
            configure(options);

            // The migration is written by hand, without a model snapshot; a test compares its schema with the model's.
            options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        });
        silo.Services.AddHostedService<SiloDatabaseMigrator>();
        silo.Services.TryAddSingleton<IEventStore, EventStore>();
        silo.Services.Replace(ServiceDescriptor.Singleton<IReminderTable, EfReminderTable>());
        return silo;
    }
}
