using System.Collections.Frozen;

namespace Netwerkbijeenkomst.Silo.Persistence.EventSourcing;

/// <summary>
/// Maps the concrete event records of one event base type to the short names stored in the Type column.
/// Names, not CLR type names, are stored so that moving a record to another namespace keeps old events readable.
/// </summary>
internal static class EventTypes<TEvent>
    where TEvent : class
{
    private static readonly FrozenDictionary<string, Type> ByName = Discover();

    public static Type Resolve(string name) =>
        ByName.TryGetValue(name, out var type)
            ? type
            : throw new InvalidOperationException($"Stored event type '{name}' is not a known {typeof(TEvent).Name}.");

    public static string NameOf(Type type) =>
        ByName.TryGetValue(type.Name, out var known) && known == type
            ? type.Name
            : throw new InvalidOperationException($"{type.FullName} is not a concrete {typeof(TEvent).Name} in {typeof(TEvent).Assembly.GetName().Name}.");

    private static FrozenDictionary<string, Type> Discover()
    {
        var types = typeof(TEvent).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(TEvent).IsAssignableFrom(t))
            .ToList();

        var duplicate = types.GroupBy(t => t.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException(
                $"Two {typeof(TEvent).Name} types are named {duplicate.Key}: {string.Join(", ", duplicate.Select(t => t.FullName))}. Event names must be unique.");
        }

        return types.ToFrozenDictionary(t => t.Name);
    }
}
