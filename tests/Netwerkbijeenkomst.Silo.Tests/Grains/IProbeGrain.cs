namespace Netwerkbijeenkomst.Silo.Tests.Grains;

/// <summary>Reports its activations and deactivations to the test's probe.</summary>
public interface IProbeGrain : IGrainWithStringKey
{
    /// <summary>Returns an id of this activation, different for every activation.</summary>
    Task<Guid> PingAsync();
}
