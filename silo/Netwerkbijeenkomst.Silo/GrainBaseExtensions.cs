using Microsoft.Extensions.DependencyInjection;
using Netwerkbijeenkomst.Silo.Runtime;
using Netwerkbijeenkomst.Silo.Timers;

namespace Netwerkbijeenkomst.Silo;

/// <summary>Grain timers, registered from inside a grain.</summary>
public static class GrainBaseExtensions
{
    public static IGrainTimer RegisterGrainTimer<TState>(
        this IGrainBase grain, Func<TState, CancellationToken, Task> callback, TState state, GrainTimerCreationOptions options) =>
        grain.GrainContext.ActivationServices.GetRequiredService<ITimerRegistry>()
            .RegisterGrainTimer(grain.GrainContext, callback, state, options);

    public static IGrainTimer RegisterGrainTimer(
        this IGrainBase grain, Func<CancellationToken, Task> callback, GrainTimerCreationOptions options) =>
        grain.RegisterGrainTimer(static (cb, ct) => cb(ct), callback, options);

    public static IGrainTimer RegisterGrainTimer(
        this IGrainBase grain, Func<Task> callback, GrainTimerCreationOptions options) =>
        grain.RegisterGrainTimer(static (cb, _) => cb(), callback, options);

    public static IGrainTimer RegisterGrainTimer(this IGrainBase grain, Func<Task> callback, TimeSpan dueTime, TimeSpan period) =>
        grain.RegisterGrainTimer(callback, new GrainTimerCreationOptions(dueTime, period));
}
