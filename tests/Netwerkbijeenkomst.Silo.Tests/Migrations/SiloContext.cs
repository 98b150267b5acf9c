using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Netwerkbijeenkomst.Testing;

namespace Netwerkbijeenkomst.Silo.Tests.Migrations;

/// <summary>The silo's context over a test database, configured as <c>AddEventStorage</c> does, for tests that migrate by hand.</summary>
public static class SiloContext
{
    public const string FirstMigration = "20261123000000_InitialEventStore";

    public static EventStoreDbContext Over(TestDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return new(new DbContextOptionsBuilder<EventStoreDbContext>()
            .UseSqlite(database.ConnectionString, sql => sql.MigrationsHistoryTable(EventStoreDbContext.MigrationsHistoryTable))
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
            .Options);
    }
}
