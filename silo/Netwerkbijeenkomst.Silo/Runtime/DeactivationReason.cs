namespace Netwerkbijeenkomst.Silo.Runtime;

/// <summary>Why an activation was deactivated, with a description for logs.</summary>
public readonly record struct DeactivationReason(DeactivationReasonCode ReasonCode, string Description);
