using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Logging;
using Netwerkbijeenkomst.Silo.Runtime;

namespace Netwerkbijeenkomst.Silo.Server.Activations;

/// <summary>
/// One activation of one grain: a queue of requests admitted one turn at a time (read-only, reentrant and
/// interleaving requests excepted), all grain code running on the activation's exclusive scheduler.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "The lifetime token source is disposed when the activation ends, not by its owners.")]
internal sealed class ActivationData : IGrainContext
{
    private readonly object _lock = new();
    private readonly Queue<Request> _queue;
    private readonly List<IDisposable> _timers = [];
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _lifetime = new();
    private readonly TaskScheduler _scheduler = new ConcurrentExclusiveSchedulerPair().ExclusiveScheduler;
    private readonly Catalog _catalog;
    private readonly GrainClassInfo _class;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private ActivationState _state = ActivationState.Creating;
    private int _runningExclusive;
    private int _runningReadOnly;
    private int _runningInterleaved;
    private DateTimeOffset _lastActivity;
    private DeactivationReason? _deactivationRequested;
    private IGrainBase? _grain;
    private ActivationData? _successor;
    private int _started;

    public ActivationData(
        GrainId grainId, GrainClassInfo grainClass, Catalog catalog, IServiceProvider services, TimeProvider time, ILogger logger, IEnumerable<Request> queued)
    {
        GrainId = grainId;
        _queue = new Queue<Request>(queued);
        _class = grainClass;
        _catalog = catalog;
        ActivationServices = services;
        _time = time;
        _logger = logger;
        _lastActivity = time.GetUtcNow();
    }

    public GrainId GrainId { get; }

    public IServiceProvider ActivationServices { get; }

    /// <summary>Completes once the activation has ended: deactivated, or failed to activate.</summary>
    public Task Ended => _ended.Task;

    /// <summary>Cancelled when the activation starts to deactivate.</summary>
    public CancellationToken Lifetime => _lifetime.Token;

    public bool IsJournaled => typeof(IActivationLifecycle).IsAssignableFrom(_class.ClassType);

    public void Start(Task previousActivationEnded)
    {
        if (Interlocked.Exchange(ref _started, 1) == 0)
        {
            _ = RunOnScheduler(() => ActivateAsync(previousActivationEnded));
        }
    }

    /// <summary>Queues a request in arrival order; false if this activation no longer takes requests.</summary>
    public bool TryEnqueue(Request request)
    {
        lock (_lock)
        {
            if (_state is ActivationState.Deactivating or ActivationState.Invalid)
            {
                return false;
            }

            _queue.Enqueue(request);
            if (request.KeepAlive)
            {
                _lastActivity = _time.GetUtcNow();
            }
        }

        Pump();
        return true;
    }

    public void Deactivate(DeactivationReason reason)
    {
        lock (_lock)
        {
            _deactivationRequested ??= reason;
        }

        TryDeactivate();
    }

    /// <summary>Deactivates if nothing ran or waited for at least <paramref name="age"/>.</summary>
    public void CollectIfIdle(DateTimeOffset now, TimeSpan age)
    {
        var reason = new DeactivationReason(DeactivationReasonCode.ActivationIdle, $"Idle for {age}.");
        lock (_lock)
        {
            if (_queue.Count > 0 || now - _lastActivity < age || !TryBeginDeactivationLocked(reason))
            {
                return;
            }
        }

        CompleteDeactivation(reason);
    }

    public void AddTimer(IDisposable timer)
    {
        lock (_lock)
        {
            _timers.Add(timer);
        }
    }

    public void RemoveTimer(IDisposable timer)
    {
        lock (_lock)
        {
            _timers.Remove(timer);
        }
    }

    private int Running => _runningExclusive + _runningReadOnly + _runningInterleaved;

    private Task RunOnScheduler(Func<Task> work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.DenyChildAttach, _scheduler).Unwrap();

    private async Task ActivateAsync(Task previousActivationEnded)
    {
        try
        {
            await previousActivationEnded;
            using (RuntimeContext.Enter(this))
            {
                _grain = (IGrainBase)_class.Factory(ActivationServices, null);
            }

            var lifecycle = _grain as IActivationLifecycle;
            if (lifecycle is not null)
            {
                await lifecycle.OnSetupStateAsync(_lifetime.Token);
            }

            await _grain.OnActivateAsync(_lifetime.Token);

            // Activation is a turn too: events raised in OnActivateAsync are confirmed before any call is served.
            if (lifecycle is not null)
            {
                await lifecycle.OnTurnCompletedAsync(readOnly: false, failed: false);
            }
        }
        catch (Exception exception)
        {
            await ReleaseLifetimeAsync();
            Request[] queued;
            lock (_lock)
            {
                _state = ActivationState.Invalid;
                queued = [.. _queue];
                _queue.Clear();

                // Under the lock, so a sender that finds this activation invalid also finds the id free.
                _catalog.Remove(this);
            }

            _logger.ActivationFailed(exception, GrainId, queued.Length);
            End();
            foreach (var request in queued)
            {
                request.Completion.TrySetException(exception);
            }

            return;
        }

        lock (_lock)
        {
            _state = ActivationState.Valid;
            _lastActivity = _time.GetUtcNow();
        }

        Pump();
        TryDeactivate();
    }

    private void Pump()
    {
        List<Request>? admitted = null;
        lock (_lock)
        {
            if (_state != ActivationState.Valid || _deactivationRequested is not null)
            {
                return;
            }

            while (_queue.TryPeek(out var head))
            {
                if (head.Expired)
                {
                    _queue.Dequeue(); // like an expired message: its caller has already had a TimeoutException
                    continue;
                }

                if (!CanStart(head))
                {
                    break;
                }

                _queue.Dequeue();
                CountStart(head, +1);
                (admitted ??= []).Add(head);
            }
        }

        if (admitted is not null)
        {
            foreach (var request in admitted)
            {
                _ = RunOnScheduler(() => RunAsync(request));
            }
        }
    }

    private bool CanStart(Request request) =>
        _class.IsReentrant || request.Interleave
            ? true
            : request.IsReadOnly
                ? _runningExclusive == 0
                : _runningExclusive == 0 && _runningReadOnly == 0;

    private void CountStart(Request request, int delta)
    {
        if (request.Interleave || _class.IsReentrant)
        {
            _runningInterleaved += delta;
        }
        else if (request.IsReadOnly)
        {
            _runningReadOnly += delta;
        }
        else
        {
            _runningExclusive += delta;
        }
    }

    private async Task RunAsync(Request request)
    {
        try
        {
            object? result = null;
            Exception? failure = null;
            try
            {
                result = await request.Body(_grain!);
            }
            catch (Exception exception)
            {
                failure = exception;
            }

            if (_grain is IActivationLifecycle lifecycle)
            {
                try
                {
                    await lifecycle.OnTurnCompletedAsync(request.IsReadOnly, failure is not null);
                }
                catch (Exception exception)
                {
                    // The state may no longer match storage; a fresh activation reloads it rather than serving from it.
                    _logger.TurnCompletionFailed(exception, GrainId);
                    Deactivate(new DeactivationReason(DeactivationReasonCode.ApplicationError, "Confirming or undoing a turn's events failed."));
                    failure ??= exception;
                }
            }

            if (failure is null)
            {
                request.Completion.TrySetResult(result);
            }
            else
            {
                request.Completion.TrySetException(failure);
            }
        }
        finally
        {
            lock (_lock)
            {
                CountStart(request, -1);
                if (request.KeepAlive)
                {
                    _lastActivity = _time.GetUtcNow();
                }
            }

            Pump();
            TryDeactivate();
        }
    }

    private void TryDeactivate()
    {
        DeactivationReason reason;
        lock (_lock)
        {
            if (_deactivationRequested is not { } requested || !TryBeginDeactivationLocked(requested))
            {
                return;
            }

            reason = requested;
        }

        CompleteDeactivation(reason);
    }

    private bool TryBeginDeactivationLocked(DeactivationReason reason)
    {
        if (_state != ActivationState.Valid || Running > 0)
        {
            return false;
        }

        _deactivationRequested ??= reason;
        _state = ActivationState.Deactivating;
        var waiting = new List<Request>(_queue.Count);
        foreach (var request in _queue)
        {
            if (request.Forwardable)
            {
                waiting.Add(request);
            }
            else
            {
                request.Completion.TrySetCanceled();
            }
        }

        _queue.Clear();

        // Waiting requests go, in order, to a successor that starts once this activation has ended.
        _successor = _catalog.BeginDeactivation(this, waiting);
        return true;
    }

    private void CompleteDeactivation(DeactivationReason reason)
    {
        _logger.Deactivating(GrainId, reason.ReasonCode);
        _successor?.Start(Ended);
        _ = RunOnScheduler(() => DeactivateAsync(reason));
    }

    private async Task DeactivateAsync(DeactivationReason reason)
    {
        try
        {
            await ReleaseLifetimeAsync();
            try
            {
                await _grain!.OnDeactivateAsync(reason, CancellationToken.None);
            }
            catch (Exception exception)
            {
                _logger.DeactivationFailed(exception, GrainId);
            }
        }
        finally
        {
            lock (_lock)
            {
                _state = ActivationState.Invalid;
            }

            End();
        }
    }

    /// <summary>Cancels the lifetime and disposes the timers; a failing callback or timer must not keep the activation from ending.</summary>
    private async Task ReleaseLifetimeAsync()
    {
        try
        {
            await _lifetime.CancelAsync();
        }
        catch (Exception exception)
        {
            _logger.LifetimeCallbackFailed(exception, GrainId);
        }

        IDisposable[] timers;
        lock (_lock)
        {
            timers = [.. _timers];
            _timers.Clear();
        }

        foreach (var timer in timers)
        {
            try
            {
                timer.Dispose();
            }
            catch (Exception exception)
            {
                _logger.TimerDisposeFailed(exception, GrainId);
            }
        }
    }

    /// <summary>Leaves the catalog before <see cref="Ended"/> completes, so whoever waited on it finds the id free.</summary>
    private void End()
    {
        _catalog.Remove(this);
        _ended.TrySetResult();
        _lifetime.Dispose();
    }
}
