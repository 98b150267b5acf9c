using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Netwerkbijeenkomst.Silo.Hosting;
using Netwerkbijeenkomst.Testing;

namespace Netwerkbijeenkomst.Silo.Tests.Hosting;

/// <summary>Every read-write connection runs in WAL mode with full sync; EF's read-only probe of the file is left alone.</summary>
public sealed class SqliteDurabilityTests : IDisposable
{
    private readonly TestDatabase _database = new();

    [Fact]
    public async Task FileNotYetInWalMode_CanBeProbedReadOnly_ThenIsSwitchedToWalByTheFirstWriter()
    {
        // As another silo leaves it a moment after creating it: a file in the default rollback-journal mode.
        using (var creator = new SqliteConnection(_database.ConnectionString))
        {
            creator.Open();
            using var create = creator.CreateCommand();
            create.CommandText = "CREATE TABLE Probe (X INTEGER)";
            create.ExecuteNonQuery();
        }

        await using var db = new EventStoreDbContext(new DbContextOptionsBuilder<EventStoreDbContext>()
            .UseSqlite(_database.ConnectionString, sql => sql.MigrationsHistoryTable(EventStoreDbContext.MigrationsHistoryTable))
            .AddInterceptors(new SqliteDurability())
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
            .Options);

        // EF first opens the file read-only to see whether it exists; switching the journal there would fail.
        Assert.Empty(await db.Database.GetAppliedMigrationsAsync());
        await db.Database.MigrateAsync();

        Assert.Equal("wal", JournalMode());
    }

    public void Dispose() => _database.Dispose();

    private string JournalMode()
    {
        using var connection = new SqliteConnection(_database.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        return (string)command.ExecuteScalar()!;
    }
}
