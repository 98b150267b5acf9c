using Netwerkbijeenkomst.Silo.Runtime;

namespace Netwerkbijeenkomst.Silo;

/// <summary>What the runtime needs of a grain class: its context and its lifecycle hooks.</summary>
public interface IGrainBase
{
    IGrainContext GrainContext { get; }

    Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Task.CompletedTask;
}
