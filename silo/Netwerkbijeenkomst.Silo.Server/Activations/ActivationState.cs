namespace Netwerkbijeenkomst.Silo.Server.Activations;

/// <summary>Where an activation is in its life.</summary>
internal enum ActivationState
{
    Creating,
    Valid,
    Deactivating,
    Invalid,
}
