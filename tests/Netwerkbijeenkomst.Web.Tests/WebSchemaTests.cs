using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Netwerkbijeenkomst.Web.Data;

using Netwerkbijeenkomst.Testing;

namespace Netwerkbijeenkomst.Web.Tests;

/// <summary>The web's migration is a generated script without a model snapshot; it must build exactly the schema the model describes.</summary>
public sealed class WebSchemaTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "netwerkbijeenkomst-tests", "schema-" + Guid.NewGuid().ToString("N"));

    public WebSchemaTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task Migration_BuildsTheSameSchema_AsTheModel()
    {
        var migrated = ConnectionString("migrated");
        var created = ConnectionString("created");
        await using (var db = Context(migrated))
        {
            await db.Database.MigrateAsync();
        }

        await using (var db = Context(created))
        {
            await db.Database.EnsureCreatedAsync();
        }

        // Tables starting with "__" are EF's own bookkeeping (migrations history and lock).
        var expected = SqliteSchema.Describe(created);
        Assert.Contains("AspNetUsers.DisplayName TEXT notnull=1 pk=0", expected);
        Assert.Contains("AspNetUsers index UserNameIndex unique=1 (NormalizedUserName)", expected);
        Assert.Contains("Memberships.NetworkId TEXT notnull=1 pk=2", expected);
        Assert.Contains("Meetings index IX_Meetings_NetworkId_StartsAtUtc unique=0 (NetworkId,StartsAtUtc)", expected);
        Assert.Contains("Outbox.Id INTEGER notnull=1 pk=1", expected);
        Assert.Equal(expected, SqliteSchema.Describe(migrated).Where(line => !line.StartsWith("__", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Migration_KeepsItsHistory_InTheWebsOwnTable()
    {
        var migrated = ConnectionString("migrated");
        await using var db = Context(migrated);

        await db.Database.MigrateAsync();

        var tables = SqliteSchema.Strings(migrated, "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '\\_\\_%' ESCAPE '\\' ORDER BY name");
        Assert.Contains(AppDbContext.MigrationsHistoryTable, tables);
        Assert.DoesNotContain("__EFMigrationsHistory", tables);
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal("20261123000000_InitialWeb", db.Database.GetMigrations().First());
    }

    [Fact]
    public async Task Migration_RunTwice_ChangesNothing()
    {
        var migrated = ConnectionString("migrated");
        await using var db = Context(migrated);
        await db.Database.MigrateAsync();
        var before = SqliteSchema.Describe(migrated);
        var history = SqliteSchema.Strings(migrated, $"SELECT MigrationId || ' ' || ProductVersion FROM \"{AppDbContext.MigrationsHistoryTable}\" ORDER BY MigrationId");

        await db.Database.MigrateAsync();

        Assert.Equal(before, SqliteSchema.Describe(migrated));
        Assert.Equal(history, SqliteSchema.Strings(migrated, $"SELECT MigrationId || ' ' || ProductVersion FROM \"{AppDbContext.MigrationsHistoryTable}\" ORDER BY MigrationId"));
        Assert.Equal(db.Database.GetMigrations().Count(), history.Count);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private string ConnectionString(string name) => $"Data Source={Path.Combine(_folder, name + ".db")}";

    private static AppDbContext Context(string connectionString) =>
        new(new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlite(connectionString, sql => sql.MigrationsHistoryTable(AppDbContext.MigrationsHistoryTable))
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
            .Options);
}
