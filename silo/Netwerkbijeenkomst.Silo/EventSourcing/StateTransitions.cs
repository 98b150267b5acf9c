using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Netwerkbijeenkomst.Silo.EventSourcing;

/// <summary>Finds and caches the state's most specific public <c>Apply(event)</c> method for each event type.</summary>
internal static class StateTransitions<TState, TEvent>
    where TState : class
    where TEvent : class
{
    private static readonly ConcurrentDictionary<Type, Action<TState, TEvent>> Cache = new();

    public static void Apply(TState state, TEvent @event) => Cache.GetOrAdd(@event.GetType(), Build)(state, @event);

    private static Action<TState, TEvent> Build(Type eventType)
    {
        var method = typeof(TState)
            .GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.Name == "Apply" && m.GetParameters() is [var p] && p.ParameterType.IsAssignableFrom(eventType))
            .OrderBy(m => Depth(m.GetParameters()[0].ParameterType, eventType))
            .FirstOrDefault()
            ?? throw new InvalidOperationException(
                $"{typeof(TState).Name} has no public Apply method for {eventType.Name}; add one or override TransitionState.");

        var state = Expression.Parameter(typeof(TState), "state");
        var evt = Expression.Parameter(typeof(TEvent), "event");
        var call = Expression.Call(state, method, Expression.Convert(evt, method.GetParameters()[0].ParameterType));
        return Expression.Lambda<Action<TState, TEvent>>(call, state, evt).Compile();
    }

    // Distance from the event's runtime type up to the parameter type: the closest overload wins, as in Orleans.
    private static int Depth(Type parameterType, Type eventType)
    {
        var depth = 0;
        for (var t = eventType; t is not null; t = t.BaseType, depth++)
        {
            if (t == parameterType)
            {
                return depth;
            }
        }

        return int.MaxValue; // an interface: least specific
    }
}
