using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Netwerkbijeenkomst.Silo.Hosting;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests;

/// <summary>The web's connections to the application database, which it shares with the event store's appends.</summary>
public sealed class AppDatabaseTests : IDisposable
{
    private readonly WebAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task WebConnections_WaitForALockedFile_InsideSqlite_NotInTheProvidersSleep()
    {
        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA busy_timeout";

        Assert.Equal((long)SqliteBusyTimeout.Milliseconds, (long)(await command.ExecuteScalarAsync())!);
    }
}
