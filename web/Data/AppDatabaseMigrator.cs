using Microsoft.EntityFrameworkCore;

namespace Netwerkbijeenkomst.Web.Data;

/// <summary>Brings the web's tables up to date at start-up, before the silo and the demo data start.</summary>
internal sealed class AppDatabaseMigrator(IDbContextFactory<AppDbContext> contexts) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
