using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Netwerkbijeenkomst.Silo.Runtime;
using Netwerkbijeenkomst.Silo.Server.Configuration;
using Netwerkbijeenkomst.Silo.Server.GrainReferences;

namespace Netwerkbijeenkomst.Silo.Server.Activations;

/// <summary>The silo's activations: at most one per grain id, created on the first message and removed when they end.</summary>
internal sealed class Catalog(
    GrainTypeRegistry types,
    IServiceProvider services,
    TimeProvider time,
    IOptions<SiloMessagingOptions> messaging,
    ILogger<Catalog> logger)
{
    private readonly ConcurrentDictionary<GrainId, ActivationData> _activations = new();
    private readonly ConcurrentDictionary<GrainId, ActivationData> _ending = new();
    private readonly TimeSpan _responseTimeout = messaging.Value.ResponseTimeout;
    private volatile bool _stopping;

    public int ActivationCount => _activations.Count;

    public IEnumerable<ActivationData> Activations => _activations.Values;

    /// <summary>Sends a call to a grain and waits for its reply, at most the response timeout.</summary>
    public async Task<object?> InvokeAsync(GrainId grainId, GrainMethod method, object?[] arguments)
    {
        var request = new Request(method.Name, grain => method.Invoke(grain, arguments)) { IsReadOnly = method.IsReadOnly };
        Dispatch(grainId, request);
        try
        {
            return await request.Completion.Task.WaitAsync(_responseTimeout, time);
        }
        catch (TimeoutException) when (!request.Completion.Task.IsCompleted)
        {
            request.Expired = true;
            logger.ResponseTimedOut(method.Name, grainId, _responseTimeout);
            throw new TimeoutException(
                $"{method.Name} on grain {grainId} did not respond within {_responseTimeout}. A call cycle between non-reentrant grains waits forever; this timeout breaks it.");
        }
    }

    /// <summary>Queues a request at the grain's activation, creating the activation if there is none.</summary>
    public void Dispatch(GrainId grainId, Request request)
    {
        while (true)
        {
            if (_stopping)
            {
                request.Completion.TrySetException(new InvalidOperationException($"The silo is stopping; {request.Name} on {grainId} was not delivered."));
                return;
            }

            if (GetOrCreate(grainId).TryEnqueue(request))
            {
                return;
            }
        }
    }

    /// <summary>Called under the activation's lock: later messages go to a new activation that waits for this one to end.</summary>
    public void BeginDeactivation(ActivationData activation)
    {
        _ending[activation.GrainId] = activation;
        _activations.TryRemove(new KeyValuePair<GrainId, ActivationData>(activation.GrainId, activation));
    }

    public void Remove(ActivationData activation)
    {
        _activations.TryRemove(new KeyValuePair<GrainId, ActivationData>(activation.GrainId, activation));
        _ending.TryRemove(new KeyValuePair<GrainId, ActivationData>(activation.GrainId, activation));
    }

    /// <summary>Deactivates every activation, each after its current turn, and refuses new messages.</summary>
    public async Task DeactivateAllAsync(CancellationToken cancellationToken)
    {
        _stopping = true;
        var reason = new DeactivationReason(DeactivationReasonCode.ShuttingDown, "The silo is stopping.");
        var ending = _activations.Values.Concat(_ending.Values).ToList();
        foreach (var activation in ending)
        {
            activation.Deactivate(reason);
        }

        await Task.WhenAll(ending.Select(a => a.Ended)).WaitAsync(cancellationToken);
    }

    private ActivationData GetOrCreate(GrainId grainId)
    {
        var activation = _activations.GetOrAdd(grainId, static (id, catalog) => catalog.Create(id), this);
        activation.Start(_ending.TryGetValue(grainId, out var previous) ? previous.Ended : Task.CompletedTask);
        return activation;
    }

    // May run more than once for one id under contention; only the instance that wins GetOrAdd is ever started.
    private ActivationData Create(GrainId grainId) =>
        new(grainId, types.ForGrainType(grainId.Type), this, services, time, logger);
}
