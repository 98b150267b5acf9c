namespace Netwerkbijeenkomst.Grains.EventSourcing;

/// <summary>A grain's state as the fold of its events: <see cref="Apply"/> is pure and exhaustive.</summary>
public interface IEventFold<in TEvent>
{
    void Apply(TEvent @event);
}
