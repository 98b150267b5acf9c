using System.Text.Json;
using Microsoft.Data.Sqlite;
using Netwerkbijeenkomst.Testing;

namespace Netwerkbijeenkomst.Grains.Tests.Infrastructure;

/// <summary>Reads the stored events of one type back, as the event store wrote them.</summary>
public static class StoredPayloads
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<TEvent> Events<TEvent>(this TestDatabase database, string streamId)
    {
        ArgumentNullException.ThrowIfNull(database);
        using var connection = new SqliteConnection(database.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Payload FROM Events WHERE StreamId = $s AND Type = $t ORDER BY Sequence";
        command.Parameters.AddWithValue("$s", streamId);
        command.Parameters.AddWithValue("$t", typeof(TEvent).Name);
        using var reader = command.ExecuteReader();
        var events = new List<TEvent>();
        while (reader.Read())
        {
            events.Add(JsonSerializer.Deserialize<TEvent>(reader.GetString(0), Json)!);
        }

        return events;
    }
}
