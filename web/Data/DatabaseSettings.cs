using Microsoft.Data.Sqlite;

namespace Netwerkbijeenkomst.Web.Data;

/// <summary>The one application database both the silo and the web use: SQLite by default, PostgreSQL in production.</summary>
internal sealed record DatabaseSettings(bool IsPostgres, string ConnectionString)
{
    public const string ConnectionStringName = "Netwerkbijeenkomst";

    public static DatabaseSettings Read(WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{ConnectionStringName} is not set.");
        return (builder.Configuration["Database:Provider"] ?? "Sqlite").ToUpperInvariant() switch
        {
            "POSTGRESQL" => new DatabaseSettings(true, connectionString),
            "SQLITE" => new DatabaseSettings(false, RootedSqlite(connectionString, builder.Environment.ContentRootPath)),
            var other => throw new InvalidOperationException($"Database:Provider '{other}' is unknown; use Sqlite or PostgreSQL."),
        };
    }

    // A relative SQLite file is placed under the content root, so `dotnet run --project web` always finds web/data.
    private static string RootedSqlite(string connectionString, string contentRoot)
    {
        var sqlite = new SqliteConnectionStringBuilder(connectionString);
        if (sqlite.Mode != SqliteOpenMode.Memory && !Path.IsPathRooted(sqlite.DataSource))
        {
            sqlite.DataSource = Path.Combine(contentRoot, sqlite.DataSource);
        }

        if (sqlite.Mode != SqliteOpenMode.Memory && Path.GetDirectoryName(sqlite.DataSource) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        return sqlite.ToString();
    }
}
