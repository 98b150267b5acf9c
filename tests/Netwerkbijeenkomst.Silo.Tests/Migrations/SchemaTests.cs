using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Netwerkbijeenkomst.Silo.Migrations;
using Netwerkbijeenkomst.Testing;

namespace Netwerkbijeenkomst.Silo.Tests.Migrations;

/// <summary>The migrations are written by hand; together they must build exactly the schema the model describes.</summary>
public sealed class SchemaTests : IDisposable
{
    private readonly TestDatabase _migrated = new();
    private readonly TestDatabase _created = new();

    [Fact]
    public async Task Migrations_BuildTheSameSchema_AsTheModel()
    {
        await using (var db = SiloContext.Over(_migrated))
        {
            await db.Database.MigrateAsync();
        }

        await using (var db = SiloContext.Over(_created))
        {
            await db.Database.EnsureCreatedAsync();
        }

        // Sorted: SQLite appends added columns at the end, so column order is the one thing allowed to differ.
        // Tables starting with "__" are EF's own bookkeeping (migrations history and lock).
        var expected = SqliteSchema.Describe(_created.ConnectionString).Order(StringComparer.Ordinal);
        Assert.Contains(expected, line => line.StartsWith("Events.Position INTEGER", StringComparison.Ordinal));
        Assert.Contains(expected, line => line.StartsWith("Reminders.GrainHash INTEGER notnull=0", StringComparison.Ordinal));
        Assert.Contains(expected, line => line.StartsWith("ClusterMembers.SuspectTimes TEXT notnull=0", StringComparison.Ordinal));
        Assert.Equal(
            expected,
            SqliteSchema.Describe(_migrated.ConnectionString).Where(line => !line.StartsWith("__", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Migrations_RunTwice_ChangeNothing()
    {
        await using var db = SiloContext.Over(_migrated);
        await db.Database.MigrateAsync();
        var before = SqliteSchema.Describe(_migrated.ConnectionString);

        await db.Database.MigrateAsync();

        Assert.Equal(before, SqliteSchema.Describe(_migrated.ConnectionString));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task SecondMigration_OverADatabaseOfTheFirst_KeepsItsEventsAndReminders_AndStartsTheOldConsumersAfterThem()
    {
        await using var db = SiloContext.Over(_migrated);
        await db.GetService<IMigrator>().MigrateAsync(SiloContext.FirstMigration);
        await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO "Streams" ("StreamId", "Version") VALUES ('journal/oud', 1);
            INSERT INTO "Events" ("StreamId", "Sequence", "Type", "Payload", "RecordedAt") VALUES ('journal/oud', 1, 'NoteAdded', '{{"text":"van voor de overstap"}}', '2026-11-01 08:00:00+00:00');
            INSERT INTO "Reminders" ("GrainId", "Name", "StartAt", "Period") VALUES ('journal/oud', 'opvolging', '2026-11-02 09:00:00+00:00', '1.00:00:00');
            """);

        await db.Database.MigrateAsync();

        Assert.Equal(1, _migrated.Scalar("SELECT COUNT(*) FROM Events WHERE StreamId = 'journal/oud'"));
        Assert.Equal(1, _migrated.Scalar("SELECT COUNT(*) FROM Reminders WHERE GrainId = 'journal/oud' AND GrainHash IS NULL AND ETag IS NULL"));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());

        // The consumers that ran inline before go on after what they already applied, instead of applying it again.
        var last = _migrated.Scalar("SELECT MAX(Position) FROM Events");
        Assert.All(OrleansCluster.AppliedInline, name => Assert.Equal(last, _migrated.Scalar("SELECT Position FROM Checkpoints WHERE Name = $n", ("$n", name))));
    }

    public void Dispose()
    {
        _migrated.Dispose();
        _created.Dispose();
    }
}
