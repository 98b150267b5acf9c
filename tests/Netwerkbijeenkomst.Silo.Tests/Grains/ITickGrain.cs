namespace Netwerkbijeenkomst.Silo.Tests.Grains;

/// <summary>Runs a grain timer that records each tick, and can hold a turn at a gate before deactivating.</summary>
public interface ITickGrain : IGrainWithStringKey
{
    Task StartTimerAsync(TimeSpan period);

    /// <summary>Waits at the gate named by its key, then deactivates once this turn has ended.</summary>
    Task HoldThenLeaveAsync();

    /// <summary>Returns an id of this activation, different for every activation.</summary>
    Task<Guid> PingAsync();
}
