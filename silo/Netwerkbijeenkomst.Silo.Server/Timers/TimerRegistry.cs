using Microsoft.Extensions.Logging;
using Netwerkbijeenkomst.Silo.Runtime;
using Netwerkbijeenkomst.Silo.Server.Activations;
using Netwerkbijeenkomst.Silo.Timers;

namespace Netwerkbijeenkomst.Silo.Server.Timers;

/// <summary>Creates grain timers bound to the calling activation.</summary>
internal sealed class TimerRegistry(TimeProvider time, ILogger<TimerRegistry> logger) : ITimerRegistry
{
    public IGrainTimer RegisterGrainTimer<TState>(
        IGrainContext grainContext, Func<TState, CancellationToken, Task> callback, TState state, GrainTimerCreationOptions options)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var activation = grainContext as ActivationData
            ?? throw new ArgumentException("Timers can only be registered by a grain inside this silo.", nameof(grainContext));
        if (options.Interleave && activation.IsJournaled)
        {
            throw new InvalidOperationException($"Timer ticks of journaled grain {activation.GrainId} cannot interleave: they could raise events mid-turn.");
        }

        return new GrainTimer<TState>(activation, time, callback, state, options, logger);
    }
}
