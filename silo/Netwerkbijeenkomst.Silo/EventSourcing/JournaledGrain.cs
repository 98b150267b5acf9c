using Netwerkbijeenkomst.Silo.EventSourcing.CustomStorage;
using Netwerkbijeenkomst.Silo.Runtime;
using Netwerkbijeenkomst.Silo.Storage;

namespace Netwerkbijeenkomst.Silo.EventSourcing;

/// <summary>
/// A grain whose state is the fold of its events. Raised events change <see cref="State"/> at once and are
/// durable after <see cref="ConfirmEvents"/>; the runtime confirms what a turn left unconfirmed before it replies.
/// </summary>
public abstract class JournaledGrain<TState, TEvent> : Grain, IActivationLifecycle
    where TState : class, new()
    where TEvent : class
{
    private readonly List<TEvent> _unconfirmed = [];
    private TState _state = new();
    private int _version;
    private bool _reloadFailed;

    protected JournaledGrain()
    {
    }

    protected JournaledGrain(IGrainContext grainContext)
        : base(grainContext)
    {
    }

    /// <summary>The state with every raised event applied, confirmed or not. Read it; never change it directly.</summary>
    protected TState State => _state;

    /// <summary>The number of confirmed events.</summary>
    protected int Version => _version;

    /// <summary>Events raised but not yet durable.</summary>
    protected IEnumerable<TEvent> UnconfirmedTail => _unconfirmed;

    protected void RaiseEvent(TEvent @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        TransitionState(_state, @event);
        _unconfirmed.Add(@event);
    }

    protected void RaiseEvents(IEnumerable<TEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        foreach (var @event in events)
        {
            RaiseEvent(@event);
        }
    }

    /// <summary>Makes every raised event durable. If storage refuses, the state is reloaded from storage and the error is thrown.</summary>
    protected async Task ConfirmEvents()
    {
        if (_unconfirmed.Count == 0)
        {
            return;
        }

        var batch = _unconfirmed.ToArray();
        bool applied;
        try
        {
            applied = await Storage.ApplyUpdatesToStorage(batch, _version);
        }
        catch
        {
            await RefreshNow();
            throw;
        }

        if (!applied)
        {
            var expected = _version;
            await RefreshNow();
            throw new InconsistentStateException(
                $"Grain {IdentityString} expected version {expected} in storage but found {_version}; its {batch.Length} event(s) were not stored.");
        }

        _unconfirmed.RemoveRange(0, batch.Length);
        _version += batch.Length;
        OnStateChanged();
    }

    /// <summary>Drops unconfirmed events and reloads the confirmed state from storage.</summary>
    protected async Task RefreshNow()
    {
        _unconfirmed.Clear();

        // Until the read succeeds, State may still hold the dropped events: the turn end reports it so the activation ends.
        _reloadFailed = true;
        var (version, state) = await Storage.ReadStateFromStorage();
        _version = version;
        _state = state;
        _reloadFailed = false;
    }

    /// <summary>Applies one event to the state; by default calls the state's most specific public <c>Apply</c> method.</summary>
    protected virtual void TransitionState(TState state, TEvent @event) => StateTransitions<TState, TEvent>.Apply(state, @event);

    /// <summary>Called after events were confirmed.</summary>
    protected virtual void OnStateChanged()
    {
    }

    private ICustomStorageInterface<TState, TEvent> Storage =>
        this as ICustomStorageInterface<TState, TEvent>
        ?? throw new InvalidOperationException(
            $"{GetType().Name} must implement ICustomStorageInterface<{typeof(TState).Name}, {typeof(TEvent).Name}>: this runtime supports only the CustomStorage provider.");

    Task IActivationLifecycle.OnSetupStateAsync(CancellationToken cancellationToken) => RefreshNow();

    async Task IActivationLifecycle.OnTurnCompletedAsync(bool readOnly, bool failed)
    {
        if (_reloadFailed)
        {
            throw new InvalidOperationException($"Grain {IdentityString} could not reload its state from storage; it no longer matches what is stored.");
        }

        if (_unconfirmed.Count == 0)
        {
            return;
        }

        if (failed || readOnly)
        {
            // A failed turn acknowledges nothing, so nothing it raised may be stored.
            await RefreshNow();
            if (readOnly && !failed)
            {
                throw new InvalidOperationException($"A [ReadOnly] method of {GetType().Name} raised events; they were discarded.");
            }

            return;
        }

        await ConfirmEvents();
    }
}
