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
    private static readonly DeactivationReason ShuttingDown = new(DeactivationReasonCode.ShuttingDown, "The silo is stopping.");
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
                RejectStopping(grainId, request);
                return;
            }

            var activation = GetOrCreate(grainId);
            if (activation.TryEnqueue(request))
            {
                // Stopping may have begun after the check above, and DeactivateAllAsync may not have seen this activation.
                if (_stopping)
                {
                    activation.Deactivate(ShuttingDown);
                }

                return;
            }
        }
    }

    /// <summary>
    /// Called under the activation's lock: later messages go to a new activation that waits for this one to end. Requests
    /// still waiting are queued at that successor before it is published, so later messages line up behind them.
    /// </summary>
    public ActivationData? BeginDeactivation(ActivationData activation, IReadOnlyCollection<Request> waiting)
    {
        var grainId = activation.GrainId;
        _ending[grainId] = activation;
        if (waiting.Count == 0 || _stopping)
        {
            _activations.TryRemove(new KeyValuePair<GrainId, ActivationData>(grainId, activation));
            foreach (var request in waiting)
            {
                RejectStopping(grainId, request);
            }

            return null;
        }

        // Only the published activation of an id ever becomes valid, so this replaces exactly the one deactivating.
        var successor = Create(grainId, waiting);
        _activations[grainId] = successor;
        return successor;
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

        // A message dispatched as stopping began can still create an activation after a snapshot: repeat until none is left.
        while (_activations.Values.Concat(_ending.Values).Distinct().ToList() is { Count: > 0 } ending)
        {
            foreach (var activation in ending)
            {
                activation.Deactivate(ShuttingDown);
            }

            await Task.WhenAll(ending.Select(a => a.Ended)).WaitAsync(cancellationToken);
        }
    }

    private static void RejectStopping(GrainId grainId, Request request) =>
        request.Completion.TrySetException(new InvalidOperationException($"The silo is stopping; {request.Name} on {grainId} was not delivered."));

    private ActivationData GetOrCreate(GrainId grainId)
    {
        var activation = _activations.GetOrAdd(grainId, static (id, catalog) => catalog.Create(id, []), this);
        activation.Start(_ending.TryGetValue(grainId, out var previous) ? previous.Ended : Task.CompletedTask);
        return activation;
    }

    // May run more than once for one id under contention; only the instance that wins GetOrAdd is ever started.
    private ActivationData Create(GrainId grainId, IEnumerable<Request> queued) =>
        new(grainId, types.ForGrainType(grainId.Type), this, services, time, logger, queued);
}
