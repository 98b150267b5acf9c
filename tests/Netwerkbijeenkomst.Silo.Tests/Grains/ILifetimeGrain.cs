namespace Netwerkbijeenkomst.Silo.Tests.Grains;

/// <summary>Registers a throwing callback on its lifetime token, and waits while activating at the gate named by its key, if the test set one.</summary>
public interface ILifetimeGrain : IGrainWithStringKey
{
    /// <summary>Returns an id of this activation, different for every activation.</summary>
    Task<Guid> PingAsync();

    /// <summary>Deactivates once this turn has ended.</summary>
    Task LeaveAsync();
}
