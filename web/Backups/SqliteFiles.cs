using Microsoft.Data.Sqlite;

namespace Netwerkbijeenkomst.Web.Backups;

/// <summary>What backup and restore share: unpooled connections (nothing stays open after a command), a file's own checks, and flushing to disk.</summary>
internal static class SqliteFiles
{
    /// <summary>The files SQLite keeps beside a database: the write-ahead log, its index, a rollback journal.</summary>
    public static readonly IReadOnlyList<string> Sidecars = ["-wal", "-shm", "-journal"];

    public static SqliteConnection Open(string path, SqliteOpenMode mode, int busySeconds = 30)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = mode,
            Pooling = false,
            DefaultTimeout = busySeconds,
        }.ToString());
        connection.Open();
        return connection;
    }

    public static async Task<List<string>> ColumnAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.IsDBNull(0) ? "" : reader.GetValue(0).ToString() ?? "");
        }

        return values;
    }

    public static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>SQLite's own check of every page and index: "ok", or the first thing wrong.</summary>
    public static async Task<string> IntegrityAsync(SqliteConnection connection) =>
        (await ColumnAsync(connection, "PRAGMA integrity_check")).FirstOrDefault() ?? "?";

    /// <summary>Forces the file's content to the disk, so a rename that follows never exposes a half-written file after a power loss.</summary>
    public static void FlushToDisk(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
        file.Flush(flushToDisk: true);
    }

    public static void DeleteWithSidecars(string path)
    {
        foreach (var file in Sidecars.Select(s => path + s).Prepend(path))
        {
            File.Delete(file);
        }
    }
}
