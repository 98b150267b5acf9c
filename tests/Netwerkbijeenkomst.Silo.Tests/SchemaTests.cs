using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Netwerkbijeenkomst.Silo.Persistence;
using Netwerkbijeenkomst.Silo.TestingHost;

namespace Netwerkbijeenkomst.Silo.Tests;

/// <summary>The migration is written by hand; it must build exactly the schema the model describes.</summary>
public sealed class SchemaTests : IDisposable
{
    private readonly TestDatabase _migrated = new();
    private readonly TestDatabase _created = new();

    [Fact]
    public async Task Migration_BuildsTheSameSchema_AsTheModel()
    {
        await using (var db = Context(_migrated))
        {
            await db.Database.MigrateAsync();
        }

        await using (var db = Context(_created))
        {
            await db.Database.EnsureCreatedAsync();
        }

        // Tables starting with "__" are EF's own bookkeeping (migrations history and lock).
        var expected = SqliteSchema.Describe(_created.ConnectionString);
        Assert.Contains(expected, line => line.StartsWith("Events.Position INTEGER", StringComparison.Ordinal));
        Assert.Equal(expected, SqliteSchema.Describe(_migrated.ConnectionString).Where(line => !line.StartsWith("__", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Migration_RunTwice_ChangesNothing()
    {
        await using var db = Context(_migrated);
        await db.Database.MigrateAsync();
        var before = SqliteSchema.Describe(_migrated.ConnectionString);

        await db.Database.MigrateAsync();

        Assert.Equal(before, SqliteSchema.Describe(_migrated.ConnectionString));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    public void Dispose()
    {
        _migrated.Dispose();
        _created.Dispose();
    }

    private static EventStoreDbContext Context(TestDatabase database) =>
        new(new DbContextOptionsBuilder<EventStoreDbContext>()
            .UseSqlite(database.ConnectionString, sql => sql.MigrationsHistoryTable(EventStoreDbContext.MigrationsHistoryTable))
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
            .Options);
}
