using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Netwerkbijeenkomst.Web.Silo;

/// <summary>The cluster answers a grain call and has at least one active silo.</summary>
internal sealed class SiloHealthCheck(IGrainFactory grains) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            var hosts = await grains.GetGrain<IManagementGrain>(0).GetHosts(true, timeout.Token);
            return hosts.Count > 0
                ? HealthCheckResult.Healthy($"{hosts.Count} silo('s) actief.")
                : HealthCheckResult.Unhealthy("Geen actieve silo.");
        }
        catch (Exception error) when (error is TimeoutException or OperationCanceledException or OrleansException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy($"De silo's antwoorden niet ({error.GetType().Name}).");
        }
    }
}
