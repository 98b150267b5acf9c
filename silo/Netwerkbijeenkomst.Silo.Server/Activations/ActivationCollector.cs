using Microsoft.Extensions.Options;
using Netwerkbijeenkomst.Silo.Server.Configuration;

namespace Netwerkbijeenkomst.Silo.Server.Activations;

/// <summary>Every collection quantum, deactivates activations that have been idle for the collection age.</summary>
internal sealed class ActivationCollector(Catalog catalog, TimeProvider time, IOptions<GrainCollectionOptions> options) : IDisposable
{
    private readonly GrainCollectionOptions _options = options.Value;
    private ITimer? _timer;

    public void Start() =>
        _timer = time.CreateTimer(static c => ((ActivationCollector)c!).Collect(), this, _options.CollectionQuantum, _options.CollectionQuantum);

    public void Collect()
    {
        var now = time.GetUtcNow();
        foreach (var activation in catalog.Activations)
        {
            activation.CollectIfIdle(now, _options.CollectionAge);
        }
    }

    public void Dispose() => _timer?.Dispose();
}
