using Microsoft.Data.Sqlite;

namespace Netwerkbijeenkomst.Web.Tests.Infrastructure;

/// <summary>The access log as "account|role|network|object|id|action|result" lines, oldest first, read straight from the database.</summary>
public static class AccessLogLines
{
    public static List<string> Read(WebAppFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        using var connection = new SqliteConnection($"Data Source={factory.DatabaseFile}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT UserId || '|' || Role || '|' || NetworkId || '|' || ObjectType || '|' || ObjectId || '|' || Action || '|' || Result FROM AccessLog ORDER BY Id";
        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read())
        {
            lines.Add(reader.GetString(0));
        }

        return lines;
    }
}
