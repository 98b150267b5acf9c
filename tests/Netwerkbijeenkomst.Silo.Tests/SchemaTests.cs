using Microsoft.Data.Sqlite;
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
        var expected = Describe(_created);
        Assert.Contains(expected, line => line.StartsWith("Events.Position INTEGER", StringComparison.Ordinal));
        Assert.Equal(expected, Describe(_migrated).Where(line => !line.StartsWith("__", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Migration_RunTwice_ChangesNothing()
    {
        await using var db = Context(_migrated);
        await db.Database.MigrateAsync();
        var before = Describe(_migrated);

        await db.Database.MigrateAsync();

        Assert.Equal(before, Describe(_migrated));
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

    // Columns (name, type, nullability, key position) and indexes (uniqueness, columns) of every table.
    private static List<string> Describe(TestDatabase database)
    {
        using var connection = new SqliteConnection(database.ConnectionString);
        connection.Open();
        var lines = new List<string>();
        foreach (var table in Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"))
        {
            lines.AddRange(Query(connection, $"SELECT '{table}.' || name || ' ' || type || ' notnull=' || \"notnull\" || ' pk=' || pk FROM pragma_table_info('{table}') ORDER BY cid"));
            lines.AddRange(Query(connection, $"SELECT '{table} index ' || il.name || ' unique=' || il.\"unique\" || ' (' || (SELECT group_concat(name, ',') FROM pragma_index_info(il.name)) || ')' FROM pragma_index_list('{table}') il ORDER BY il.name"));
        }

        return lines;
    }

    private static List<string> Query(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
