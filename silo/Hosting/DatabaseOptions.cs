using System.ComponentModel.DataAnnotations;

namespace Netwerkbijeenkomst.Silo.Hosting;

/// <summary>Database: which provider; SQLite unless PostgreSQL is set (appsettings.json says so too).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    [EnumDataType(typeof(DatabaseProvider))]
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}
