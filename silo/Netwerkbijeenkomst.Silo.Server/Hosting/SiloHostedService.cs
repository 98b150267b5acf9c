using Microsoft.Extensions.Hosting;
using Netwerkbijeenkomst.Silo.Server.Activations;

namespace Netwerkbijeenkomst.Silo.Server.Hosting;

/// <summary>Starts the silo with the host and, on shutdown, deactivates every grain after its current turn.</summary>
internal sealed class SiloHostedService(GrainTypeRegistry types, Catalog catalog, ActivationCollector collector) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Touching the registry validates every grain class now rather than on the first call.
        _ = types.Classes.Count();
        collector.Start();
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        collector.Dispose();
        await catalog.DeactivateAllAsync(cancellationToken);
    }
}
