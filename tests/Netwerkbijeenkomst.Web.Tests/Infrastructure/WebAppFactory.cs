using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Netwerkbijeenkomst.Web.Tests.Infrastructure;

/// <summary>The real web host on a fresh SQLite file of its own.</summary>
public sealed class WebAppFactory : WebApplicationFactory<Program>
{
    public WebAppFactory()
    {
        DatabaseFolder = Path.Combine(Path.GetTempPath(), "netwerkbijeenkomst-tests", Guid.NewGuid().ToString("N"));
    }

    /// <summary>Does not exist until the host starts: the host must create it.</summary>
    public string DatabaseFolder { get; }

    public string DatabaseFile => Path.Combine(DatabaseFolder, "netwerkbijeenkomst.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Netwerkbijeenkomst", $"Data Source={DatabaseFile}");
        builder.UseEnvironment("Development");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(DatabaseFolder))
        {
            Directory.Delete(DatabaseFolder, recursive: true);
        }
    }
}
