namespace Netwerkbijeenkomst.Silo.Runtime;

/// <summary>Hooks the runtime calls on grain base classes that keep state (Orleans' grain lifecycle stages).</summary>
internal interface IActivationLifecycle
{
    /// <summary>Runs before <see cref="IGrainBase.OnActivateAsync"/>: load state.</summary>
    Task OnSetupStateAsync(CancellationToken cancellationToken);

    /// <summary>Runs after each turn, before its caller gets a reply: make a successful turn durable, undo a failed one.</summary>
    Task OnTurnCompletedAsync(bool readOnly, bool failed);
}
