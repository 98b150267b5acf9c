namespace Netwerkbijeenkomst.Silo.Runtime;

/// <summary>Why an activation was deactivated.</summary>
public enum DeactivationReasonCode
{
    None,
    ActivationIdle,
    ApplicationRequested,
    ApplicationError,
    ActivationFailed,
    ShuttingDown,
}
