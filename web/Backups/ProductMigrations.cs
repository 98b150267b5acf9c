using Microsoft.EntityFrameworkCore;
using Netwerkbijeenkomst.Silo;
using Netwerkbijeenkomst.Web.Data;

namespace Netwerkbijeenkomst.Web.Backups;

/// <summary>The migrations this build knows, per history table: a database that lists one more was made by a newer version.</summary>
internal static class ProductMigrations
{
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> Known()
    {
        using var web = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite("Data Source=:memory:").Options);
        using var silo = new EventStoreDbContext(new DbContextOptionsBuilder<EventStoreDbContext>().UseSqlite("Data Source=:memory:").Options);
        return new Dictionary<string, IReadOnlySet<string>>
        {
            [AppDbContext.MigrationsHistoryTable] = web.Database.GetMigrations().ToHashSet(),
            [EventStoreDbContext.MigrationsHistoryTable] = silo.Database.GetMigrations().ToHashSet(),
        };
    }
}
