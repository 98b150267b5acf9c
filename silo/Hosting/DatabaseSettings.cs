using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace Netwerkbijeenkomst.Silo.Hosting;

/// <summary>The one application database every node uses: SQLite by default, PostgreSQL in production.</summary>
public sealed record DatabaseSettings(bool IsPostgres, string ConnectionString)
{
    public const string ConnectionStringName = "Netwerkbijeenkomst";

    /// <summary>Reads <c>Database:Provider</c> and <c>ConnectionStrings:Netwerkbijeenkomst</c>; a missing or unknown value fails the start.</summary>
    public static DatabaseSettings Read(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var connectionString = configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{ConnectionStringName} is not set.");
        var provider = configuration["Database:Provider"] ?? "Sqlite";
        return provider.ToUpperInvariant() switch
        {
            "POSTGRESQL" => new DatabaseSettings(true, connectionString),
            "SQLITE" => new DatabaseSettings(false, RootedSqlite(connectionString, contentRoot)),
            _ => throw new InvalidOperationException($"Database:Provider '{provider}' is unknown; use Sqlite or PostgreSQL."),
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
