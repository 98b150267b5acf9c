namespace Netwerkbijeenkomst.Silo.Runtime;

/// <summary>The activation a grain instance lives in.</summary>
public interface IGrainContext
{
    GrainId GrainId { get; }

    IServiceProvider ActivationServices { get; }

    /// <summary>Asks the runtime to deactivate this activation once it is idle.</summary>
    void Deactivate(DeactivationReason reason);
}
