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
    private readonly Queue<Request> _queue = new();
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
    private int _started;

    public ActivationData(GrainId grainId, GrainClassInfo grainClass, Catalog catalog, IServiceProvider services, TimeProvider time, ILogger logger)
    {
        GrainId = grainId;
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
        Request[] forwarded;
        lock (_lock)
        {
            if (_queue.Count > 0 || now - _lastActivity < age || !TryBeginDeactivationLocked(reason, out forwarded))
            {
                return;
            }
        }

        CompleteDeactivation(reason, forwarded);
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

            if (_grain is IActivationLifecycle lifecycle)
            {
                await lifecycle.OnSetupStateAsync(_lifetime.Token);
            }

            await _grain.OnActivateAsync(_lifetime.Token);
        }
        catch (Exception exception)
        {
            Request[] queued;
            lock (_lock)
            {
                _state = ActivationState.Invalid;
                queued = [.. _queue];
                _queue.Clear();
                _catalog.Remove(this);
            }

            _logger.ActivationFailed(exception, GrainId, queued.Length);
            _ended.TrySetResult();
            _lifetime.Dispose();
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
        var failed = false;
        try
        {
            object? result;
            try
            {
                result = await request.Body(_grain!);
            }
            catch
            {
                failed = true;
                throw;
            }
            finally
            {
                if (_grain is IActivationLifecycle lifecycle)
                {
                    await lifecycle.OnTurnCompletedAsync(request.IsReadOnly, failed);
                }
            }

            request.Completion.TrySetResult(result);
        }
        catch (Exception exception)
        {
            request.Completion.TrySetException(exception);
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
        Request[] forwarded;
        lock (_lock)
        {
            if (_deactivationRequested is not { } requested || !TryBeginDeactivationLocked(requested, out forwarded))
            {
                return;
            }

            reason = requested;
        }

        CompleteDeactivation(reason, forwarded);
    }

    private bool TryBeginDeactivationLocked(DeactivationReason reason, out Request[] forwarded)
    {
        forwarded = [];
        if (_state != ActivationState.Valid || Running > 0)
        {
            return false;
        }

        _deactivationRequested ??= reason;
        _state = ActivationState.Deactivating;
        forwarded = [.. _queue];
        _queue.Clear();
        _catalog.BeginDeactivation(this);
        return true;
    }

    private void CompleteDeactivation(DeactivationReason reason, Request[] forwarded)
    {
        _logger.Deactivating(GrainId, reason.ReasonCode);

        // Requests that were waiting go to the next activation, which starts once this one has ended.
        foreach (var request in forwarded)
        {
            _catalog.Dispatch(GrainId, request);
        }

        _ = RunOnScheduler(() => DeactivateAsync(reason));
    }

    private async Task DeactivateAsync(DeactivationReason reason)
    {
        IDisposable[] timers;
        lock (_lock)
        {
            timers = [.. _timers];
            _timers.Clear();
        }

        await _lifetime.CancelAsync();
        foreach (var timer in timers)
        {
            timer.Dispose();
        }

        try
        {
            await _grain!.OnDeactivateAsync(reason, CancellationToken.None);
        }
        catch (Exception exception)
        {
            _logger.DeactivationFailed(exception, GrainId);
        }

        lock (_lock)
        {
            _state = ActivationState.Invalid;
        }

        _catalog.Remove(this);
        _ended.TrySetResult();
        _lifetime.Dispose();
    }
}
