using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Netwerkbijeenkomst.Silo.Settings;

namespace Netwerkbijeenkomst.Silo.Hosting;

/// <summary>The one application database every node uses: SQLite by default, PostgreSQL in production.</summary>
public sealed record DatabaseSettings(bool IsPostgres, string ConnectionString)
{
    public const string ConnectionStringName = "Netwerkbijeenkomst";

    /// <summary>Reads <c>Database:Provider</c> and <c>ConnectionStrings:Netwerkbijeenkomst</c>; a missing or wrong value throws <see cref="SettingsException"/>.</summary>
    public static DatabaseSettings Read(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var provider = configuration.ReadSettings<DatabaseOptions>(DatabaseOptions.Section).Provider;
        var connectionString = configuration.ReadSettings<ConnectionStringOptions>(ConnectionStringOptions.Section).Netwerkbijeenkomst;
        return provider == DatabaseProvider.PostgreSQL
            ? new DatabaseSettings(true, connectionString)
            : new DatabaseSettings(false, RootedSqlite(connectionString, contentRoot));
    }

    // A relative SQLite file is placed under the content root, so `dotnet run --project web` always finds web/data.
    private static string RootedSqlite(string connectionString, string contentRoot)
    {
        SqliteConnectionStringBuilder sqlite;
        try
        {
            sqlite = new SqliteConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException error)
        {
            throw new SettingsException(SettingProblem.Invalid(
                $"{ConnectionStringOptions.Section}:{ConnectionStringName}", "is geen geldige SQLite-verbinding", $"is not a valid SQLite connection string ({error.Message})"));
        }

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

    /// <summary>The SQLite file's full path; null for PostgreSQL or an in-memory database.</summary>
    public string? SqliteFile =>
        !IsPostgres && new SqliteConnectionStringBuilder(ConnectionString) is { Mode: not SqliteOpenMode.Memory, DataSource: { Length: > 0 } file } && file != ":memory:" ? file : null;
}
