namespace Netwerkbijeenkomst.Silo.Hosting;

/// <summary>Which database holds everything (<c>Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSQL,
}
