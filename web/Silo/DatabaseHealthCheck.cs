using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Netwerkbijeenkomst.Silo;

namespace Netwerkbijeenkomst.Web.Silo;

/// <summary>The application database answers (the one the grains write their events to).</summary>
internal sealed class DatabaseHealthCheck(IDbContextFactory<EventStoreDbContext> contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy("De database antwoordt.")
            : HealthCheckResult.Unhealthy("De database antwoordt niet.");
    }
}
