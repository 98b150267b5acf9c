using Microsoft.Data.Sqlite;

namespace Netwerkbijeenkomst.CrashTest;

/// <summary>Reads the server's SQLite file directly, while the server is down, to see what was really stored.</summary>
internal sealed class SqliteCrashDatabase(string path) : ICrashDatabase
{
    // No pooling: nothing of the test keeps the file open while the server runs on it.
    private readonly string _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString();

    public string Name => "SQLite";

    public string CheckName => "integrity_check";

    public IReadOnlyDictionary<string, string> ServerEnvironment => new Dictionary<string, string>
    {
        ["Database__Provider"] = "Sqlite",
        ["ConnectionStrings__Netwerkbijeenkomst"] = $"Data Source={path}",
    };

    public async Task<Guid> DemoMeetingAsync()
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT "MeetingId" FROM "Meetings" WHERE "NetworkId" = 'utrecht' ORDER BY "StartsAtUtc" LIMIT 1""";
        return Guid.Parse((string)(await command.ExecuteScalarAsync() ?? throw new InvalidOperationException("The demo data has no meeting in Utrecht.")));
    }

    public async Task<List<Guid>> ContributionIdsAsync(Guid meetingId)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT json_extract("Payload", '$.contribution.id') FROM "Events" WHERE "StreamId" = $stream AND "Type" = 'ContributionPosted' ORDER BY "Sequence" """;
        command.Parameters.AddWithValue("$stream", $"meeting/{meetingId:N}");
        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(Guid.Parse(reader.GetString(0)));
        }

        return ids;
    }

    /// <summary>SQLite's own check of the whole file.</summary>
    public async Task<string> IntegrityCheckAsync()
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join("; ", lines);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        return connection;
    }
}
