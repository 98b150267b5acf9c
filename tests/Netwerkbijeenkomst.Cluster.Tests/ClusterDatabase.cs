using Npgsql;

namespace Netwerkbijeenkomst.Cluster.Tests;

/// <summary>Reads the cluster's PostgreSQL database directly, to check what was really stored.</summary>
public sealed class ClusterDatabase(string connectionString)
{
    public async Task<Guid> DemoMeetingAsync() =>
        await ScalarAsync<Guid>("""SELECT "MeetingId" FROM "Meetings" WHERE "NetworkId" = 'utrecht' ORDER BY "StartsAtUtc" LIMIT 1""");

    public async Task<string> UserIdAsync(string email) =>
        await ScalarAsync<string>("""SELECT "Id" FROM "AspNetUsers" WHERE "NormalizedEmail" = upper(@p)""", email);

    /// <summary>The ids of every contribution stored in the meeting's stream, in stream order (duplicates included).</summary>
    public async Task<List<Guid>> ContributionIdsAsync(Guid meetingId)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(
            """SELECT ("Payload"::jsonb -> 'contribution' ->> 'id')::uuid FROM "Events" WHERE "StreamId" = @p AND "Type" = 'ContributionPosted' ORDER BY "Sequence" """,
            connection);
        command.Parameters.AddWithValue("p", $"meeting/{meetingId:N}");
        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }

    /// <summary>When the first event of <paramref name="type"/> in the stream was stored.</summary>
    public async Task<DateTimeOffset> RecordedAtAsync(string streamId, string type) =>
        await ScalarAsync<DateTime>("""SELECT min("RecordedAt") FROM "Events" WHERE "StreamId" = @p AND "Type" = @q""", streamId, type);

    public async Task<int> LastSequenceAsync(Guid meetingId) =>
        await ScalarAsync<int>("""SELECT max("Sequence") FROM "Events" WHERE "StreamId" = @p""", $"meeting/{meetingId:N}");

    /// <summary>
    /// Waits until the stream holds an event of <paramref name="type"/>: woken by the NOTIFY every append sends, so it
    /// looks again exactly when something was stored, and gives up after <paramref name="timeout"/>.
    /// </summary>
    public async Task<bool> WaitForEventAsync(string streamId, string type, TimeSpan timeout)
    {
        await using var listener = await OpenAsync();
        await using (var listen = new NpgsqlCommand("LISTEN netwerkbijeenkomst_events", listener))
        {
            await listen.ExecuteNonQueryAsync();
        }

        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            if (await ScalarAsync<long>("""SELECT count(*) FROM "Events" WHERE "StreamId" = @p AND "Type" = @q""", streamId, type) > 0)
            {
                return true;
            }

            try
            {
                await listener.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }
    }

    private async Task<T> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        for (var i = 0; i < parameters.Length; i++)
        {
            command.Parameters.AddWithValue(i == 0 ? "p" : "q", parameters[i]);
        }

        return (T)(await command.ExecuteScalarAsync() ?? throw new InvalidOperationException($"No result for: {sql}"));
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }
}
