using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Netwerkbijeenkomst.Silo.Hosting;

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

        var error = Assert.Throws<InvalidOperationException>(() => DatabaseSettings.Read(configuration, _contentRoot));
        Assert.Contains("Oracle", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void MissingConnectionString_FailsTheStart() =>
        Assert.Throws<InvalidOperationException>(() => DatabaseSettings.Read(Configuration(), _contentRoot));

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
