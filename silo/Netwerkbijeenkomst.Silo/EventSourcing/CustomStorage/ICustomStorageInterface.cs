namespace Netwerkbijeenkomst.Silo.EventSourcing.CustomStorage;

/// <summary>Implemented by a journaled grain that stores its own events (Orleans' "CustomStorage" log-consistency provider).</summary>
public interface ICustomStorageInterface<TState, TDelta>
{
    /// <summary>Reads the current version and a fresh state object folded from storage.</summary>
    Task<KeyValuePair<int, TState>> ReadStateFromStorage();

    /// <summary>Appends the updates if storage is at <paramref name="expectedVersion"/>; returns false, storing nothing, if it is not.</summary>
    Task<bool> ApplyUpdatesToStorage(IReadOnlyList<TDelta> updates, int expectedVersion);

    /// <summary>Removes everything stored for this grain.</summary>
    Task ClearStoredState();
}
