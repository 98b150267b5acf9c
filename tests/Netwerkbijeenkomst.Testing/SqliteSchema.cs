using Microsoft.Data.Sqlite;

namespace Netwerkbijeenkomst.Testing;

/// <summary>Reads a SQLite database's schema as comparable lines, so a hand-made migration can be checked against its model.</summary>
public static class SqliteSchema
{
    /// <summary>Columns (name, type, nullability, key position), AUTOINCREMENT, indexes (uniqueness, columns) and foreign keys of every table.</summary>
    public static List<string> Describe(string connectionString)
    {
        var lines = new List<string>();
        foreach (var table in Strings(connectionString, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"))
        {
            lines.AddRange(Strings(connectionString, $"SELECT '{table}.' || name || ' ' || type || ' notnull=' || \"notnull\" || ' pk=' || pk FROM pragma_table_info('{table}') ORDER BY cid"));
            lines.AddRange(Strings(connectionString, $"SELECT '{table} autoincrement=' || (instr(upper(sql), 'AUTOINCREMENT') > 0) FROM sqlite_master WHERE type = 'table' AND name = '{table}'"));
            lines.AddRange(Strings(connectionString, $"SELECT '{table} index ' || il.name || ' unique=' || il.\"unique\" || ' (' || (SELECT group_concat(name, ',') FROM pragma_index_info(il.name)) || ')' FROM pragma_index_list('{table}') il ORDER BY il.name"));
            lines.AddRange(Strings(connectionString, $"SELECT '{table} foreign key ' || \"from\" || ' -> ' || \"table\" || '.' || \"to\" || ' on delete ' || on_delete FROM pragma_foreign_key_list('{table}') ORDER BY \"from\""));
        }

        return lines;
    }

    /// <summary>The first column of every row the query returns, as text.</summary>
    public static List<string> Strings(string connectionString, string sql)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
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
