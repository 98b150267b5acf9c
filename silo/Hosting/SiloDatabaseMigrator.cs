using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Netwerkbijeenkomst.Silo.Hosting;

/// <summary>Brings the silo's tables up to date before the silo starts, creating the database on first start.</summary>
internal sealed class SiloDatabaseMigrator(IDbContextFactory<EventStoreDbContext> contexts, ILogger<SiloDatabaseMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        await db.Database.MigrateAsync(cancellationToken);
        logger.MigrationsApplied(pending);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
