using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Netwerkbijeenkomst.Silo.Hosting;
using Netwerkbijeenkomst.Silo.Settings;

namespace Netwerkbijeenkomst.Silo.Tests.Hosting;

public sealed class DatabaseSettingsTests : IDisposable
{
    private readonly string _contentRoot = Path.Combine(Path.GetTempPath(), "netwerkbijeenkomst-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public void RelativeSqliteFile_IsPlacedUnderTheContentRoot_InAFolderThatExists()
    {
        var settings = DatabaseSettings.Read(Configuration(("ConnectionStrings:Netwerkbijeenkomst", "Data Source=data/app.db")), _contentRoot);

        Assert.False(settings.IsPostgres);
        Assert.Equal(Path.Combine(_contentRoot, "data", "app.db"), new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource);
        Assert.True(Directory.Exists(Path.Combine(_contentRoot, "data")));
    }

    [Fact]
    public void PostgreSql_KeepsItsConnectionStringAsGiven()
    {
        const string connectionString = "Host=db;Database=netwerkbijeenkomst";

        var settings = DatabaseSettings.Read(
            Configuration(("ConnectionStrings:Netwerkbijeenkomst", connectionString), ("Database:Provider", "PostgreSQL")), _contentRoot);

        Assert.Equal(new DatabaseSettings(IsPostgres: true, connectionString), settings);
    }

    [Fact]
    public void UnknownProvider_FailsTheStart()
    {
        var configuration = Configuration(("ConnectionStrings:Netwerkbijeenkomst", "Data Source=app.db"), ("Database:Provider", "Oracle"));

        var error = Assert.Throws<SettingsException>(() => DatabaseSettings.Read(configuration, _contentRoot));
        Assert.Equal("Instelling 'Database:Provider' moet een van deze zijn: Sqlite, PostgreSQL / Setting 'Database:Provider' must be one of: Sqlite, PostgreSQL", error.Message);
    }

    [Fact]
    public void MissingConnectionString_FailsTheStart_NamingTheKey() =>
        Assert.Equal(
            "Instelling 'ConnectionStrings:Netwerkbijeenkomst' ontbreekt / Setting 'ConnectionStrings:Netwerkbijeenkomst' is missing",
            Assert.Throws<SettingsException>(() => DatabaseSettings.Read(Configuration(), _contentRoot)).Message);

    [Fact]
    public void SqliteConnectionStringWithAnUnknownKeyword_FailsTheStart_WithoutShowingIt() =>
        Assert.StartsWith(
            "Instelling 'ConnectionStrings:Netwerkbijeenkomst' is geen geldige SQLite-verbinding / ",
            Assert.Throws<SettingsException>(() => DatabaseSettings.Read(Configuration(("ConnectionStrings:Netwerkbijeenkomst", "Bron=app.db")), _contentRoot)).Message,
            StringComparison.Ordinal);

    public void Dispose()
    {
        if (Directory.Exists(_contentRoot))
        {
            Directory.Delete(_contentRoot, recursive: true);
        }
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();
}
