using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Netwerkbijeenkomst.Testing;

/// <summary>Searches every column of every table of a SQLite database for a text, as stored or JSON-escaped.</summary>
public static class DatabaseSearch
{
    /// <summary>Each "table.column" in which <paramref name="text"/> occurs.</summary>
    public static IReadOnlyList<string> ColumnsContaining(string connectionString, string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        var found = new List<string>();
        foreach (var table in SqliteSchema.Strings(connectionString, "SELECT name FROM sqlite_master WHERE type = 'table'"))
        {
            foreach (var column in SqliteSchema.Strings(connectionString, $"SELECT name FROM pragma_table_info('{table}')"))
            {
                using var command = connection.CreateCommand();
                command.CommandText = $"SELECT COUNT(*) FROM \"{table}\" WHERE instr(CAST(\"{column}\" AS TEXT), $text) > 0 OR instr(CAST(\"{column}\" AS TEXT), $json) > 0";
                command.Parameters.AddWithValue("$text", text);

                // Event payloads are JSON, which writes letters such as ş as \u015F.
                command.Parameters.AddWithValue("$json", JsonSerializer.Serialize(text)[1..^1]);
                if ((long)command.ExecuteScalar()! > 0)
                {
                    found.Add($"{table}.{column}");
                }
            }
        }

        return found;
    }
}
