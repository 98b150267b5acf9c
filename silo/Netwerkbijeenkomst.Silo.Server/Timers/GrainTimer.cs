using Microsoft.Extensions.Logging;
using Netwerkbijeenkomst.Silo.Runtime;
using Netwerkbijeenkomst.Silo.Server.Activations;

namespace Netwerkbijeenkomst.Silo.Server.Timers;

/// <summary>A grain timer: each tick is queued as a turn; the next tick is scheduled only after the previous one finished.</summary>
internal sealed class GrainTimer<TState> : IGrainTimer
{
    private readonly object _lock = new();
    private readonly ActivationData _activation;
    private readonly Func<TState, CancellationToken, Task> _callback;
    private readonly TState _state;
    private readonly GrainTimerCreationOptions _options;
    private readonly ILogger _logger;
    private readonly ITimer _timer;
    private TimeSpan _period;
    private bool _disposed;

    public GrainTimer(
        ActivationData activation, TimeProvider time, Func<TState, CancellationToken, Task> callback, TState state, GrainTimerCreationOptions options, ILogger logger)
    {
        _activation = activation;
        _callback = callback;
        _state = state;
        _options = options;
        _logger = logger;
        _timer = time.CreateTimer(static t => ((GrainTimer<TState>)t!).OnDue(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        activation.AddTimer(this);
        Change(options.DueTime, options.Period);
    }

    public void Change(TimeSpan dueTime, TimeSpan period)
    {
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _period = period;
            _timer.Change(dueTime, Timeout.InfiniteTimeSpan);
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _timer.Dispose();
        }

        _activation.RemoveTimer(this);
    }

    private void OnDue()
    {
        var tick = new Request("timer tick", async _ =>
        {
            await _callback(_state, _activation.Lifetime);
            return null;
        })
        {
            Interleave = _options.Interleave,
            KeepAlive = _options.KeepAlive,

            // The callback belongs to this activation's grain object; a successor must never run it.
            Forwardable = false,
        };

        if (!_activation.TryEnqueue(tick))
        {
            Dispose();
            return;
        }

        _ = tick.Completion.Task.ContinueWith(
            static (done, t) => ((GrainTimer<TState>)t!).OnTickDone(done), this, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
    }

    private void OnTickDone(Task<object?> tick)
    {
        if (tick.Exception is { } exception)
        {
            _logger.TimerTickFailed(exception.InnerException ?? exception, _activation.GrainId);
        }

        lock (_lock)
        {
            if (!_disposed && _period != Timeout.InfiniteTimeSpan)
            {
                _timer.Change(_period, Timeout.InfiniteTimeSpan);
            }
        }
    }
}
