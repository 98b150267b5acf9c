using Microsoft.Data.Sqlite;

namespace Netwerkbijeenkomst.CrashTest;

/// <summary>Reads the server's SQLite file directly, while the server is down, to see what was really stored.</summary>
internal sealed class CrashDatabase(string path)
{
    // No pooling: nothing of the test keeps the file open while the server runs on it.
    private readonly string _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString();

    /// <summary>The demo's upcoming meeting of Utrecht.</summary>
    public async Task<Guid> DemoMeetingAsync()
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT "MeetingId" FROM "Meetings" WHERE "NetworkId" = 'utrecht' ORDER BY "StartsAtUtc" LIMIT 1""";
        return Guid.Parse((string)(await command.ExecuteScalarAsync() ?? throw new InvalidOperationException("The demo data has no meeting in Utrecht.")));
    }

    /// <summary>The id of every contribution stored in the meeting's stream, in stream order, repeats included.</summary>
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

    /// <summary>SQLite's own check of the whole file: "ok", or what is wrong.</summary>
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

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        return connection;
    }
}
