using Microsoft.Extensions.DependencyInjection;
using Netwerkbijeenkomst.Silo.Runtime;

namespace Netwerkbijeenkomst.Silo;

/// <summary>Base class of grain implementations; the runtime creates it inside an activation.</summary>
public abstract class Grain : IGrainBase, IAddressable
{
    // Like Orleans, the context is ambient while the runtime constructs the grain, so constructors stay free for DI.
    protected Grain()
        : this(RuntimeContext.Current
            ?? throw new InvalidOperationException("A grain can only be created by the silo runtime, not with 'new'."))
    {
    }

    protected Grain(IGrainContext grainContext) => GrainContext = grainContext;

    public IGrainContext GrainContext { get; }

    protected IGrainFactory GrainFactory => GrainContext.ActivationServices.GetRequiredService<IGrainFactory>();

    protected IServiceProvider ServiceProvider => GrainContext.ActivationServices;

    public string IdentityString => GrainContext.GrainId.ToString();

    /// <summary>Deactivates this activation once the current turn has finished.</summary>
    protected void DeactivateOnIdle() =>
        GrainContext.Deactivate(new DeactivationReason(DeactivationReasonCode.ApplicationRequested, "DeactivateOnIdle was called."));

    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Task.CompletedTask;
}
