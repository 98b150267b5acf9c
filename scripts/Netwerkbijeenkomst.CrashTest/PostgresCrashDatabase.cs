using Npgsql;

namespace Netwerkbijeenkomst.CrashTest;

/// <summary>Reads the server's PostgreSQL database directly, after each kill, to see what was really stored.</summary>
internal sealed class PostgresCrashDatabase(PostgresServer server) : ICrashDatabase
{
    public string Name => "PostgreSQL";

    public string CheckName => "amcheck";

    public IReadOnlyDictionary<string, string> ServerEnvironment => new Dictionary<string, string>
    {
        ["Database__Provider"] = "PostgreSQL",
        ["ConnectionStrings__Netwerkbijeenkomst"] = server.ConnectionString,
    };

    public async Task<Guid> DemoMeetingAsync() =>
        (Guid)(await ScalarAsync("""SELECT "MeetingId" FROM "Meetings" WHERE "NetworkId" = 'utrecht' ORDER BY "StartsAtUtc" LIMIT 1""")
            ?? throw new InvalidOperationException("The demo data has no meeting in Utrecht."));

    public async Task<List<Guid>> ContributionIdsAsync(Guid meetingId)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(
            """SELECT ("Payload"::jsonb -> 'contribution' ->> 'id')::uuid FROM "Events" WHERE "StreamId" = @stream AND "Type" = 'ContributionPosted' ORDER BY "Sequence" """,
            connection);
        command.Parameters.AddWithValue("stream", $"meeting/{meetingId:N}");
        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }

    /// <summary>
    /// amcheck over the product's schema: <c>verify_heapam</c> on every table (the rows' pages) and <c>bt_index_check</c>
    /// with <c>heapallindexed</c> on every B-tree index (the index is sound and holds every row); then the event store's
    /// own rule, that every stream's sequence runs 1, 2, 3… without a gap or a repeat.
    /// </summary>
    public async Task<string> IntegrityCheckAsync()
    {
        var problems = new List<string>();
        await using var connection = await OpenAsync();
        await using (var heap = new NpgsqlCommand(
            """
            SELECT c.relname, v.blkno, v.msg
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace, verify_heapam(c.oid) v
            WHERE n.nspname = 'public' AND c.relkind = 'r'
            """, connection))
        await using (var reader = await heap.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                problems.Add($"table {reader.GetString(0)} block {reader.GetInt64(1)}: {reader.GetString(2)}");
            }
        }

        var indexes = new List<string>();
        await using (var list = new NpgsqlCommand(
            """
            SELECT c.relname FROM pg_index i
            JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND a.amname = 'btree' AND i.indisvalid
            ORDER BY c.relname
            """, connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                indexes.Add(reader.GetString(0));
            }
        }

        foreach (var index in indexes)
        {
            try
            {
                await using var check = new NpgsqlCommand("SELECT bt_index_check(@index::regclass, true)", connection);
                check.Parameters.AddWithValue("index", $"public.\"{index}\"");
                await check.ExecuteNonQueryAsync();
            }
            catch (PostgresException error)
            {
                problems.Add($"index {index}: {error.MessageText}");
            }
        }

        var broken = (long)(await ScalarAsync(
            """
            SELECT count(*) FROM (
                SELECT "StreamId" FROM "Events" GROUP BY "StreamId"
                HAVING min("Sequence") <> 1 OR max("Sequence") <> count(*) OR count(DISTINCT "Sequence") <> count(*)) s
            """) ?? 0L);
        if (broken > 0)
        {
            problems.Add($"{broken} stream(s) with a gap or a repeat in their sequence");
        }

        return problems.Count == 0 && indexes.Count > 0 ? "ok" : problems.Count == 0 ? "no index checked" : string.Join("; ", problems);
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    // No pooling: nothing of the test holds a connection while the server is killed and started.
    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server.ConnectionString) { Pooling = false }.ToString());
        await connection.OpenAsync();
        return connection;
    }
}
