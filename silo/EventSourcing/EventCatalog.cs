using System.Collections.Frozen;

namespace Netwerkbijeenkomst.Silo.EventSourcing;

/// <summary>
/// The short names stored in the Type column for every concrete event record of the registered event base types.
/// Names, not CLR type names, are stored so that moving a record to another namespace keeps old events readable; a
/// name used twice fails at start.
/// </summary>
public sealed class EventCatalog
{
    private readonly FrozenDictionary<string, Type> _byName;

    public EventCatalog(IEnumerable<EventBaseType> bases)
    {
        ArgumentNullException.ThrowIfNull(bases);
        var types = bases.Select(b => b.Type).Distinct()
            .SelectMany(b => b.Assembly.GetTypes().Where(t => t is { IsAbstract: false, IsInterface: false } && b.IsAssignableFrom(t)))
            .Distinct()
            .ToList();
        var duplicate = types.GroupBy(t => t.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException(
                $"Two event types are named {duplicate.Key}: {string.Join(", ", duplicate.Select(t => t.FullName))}. Event names must be unique.");
        }

        _byName = types.ToFrozenDictionary(t => t.Name);
    }

    public bool Knows(string name) => _byName.ContainsKey(name);

    public Type Resolve<TEvent>(string name) =>
        _byName.TryGetValue(name, out var type) && typeof(TEvent).IsAssignableFrom(type)
            ? type
            : throw new InvalidOperationException($"Stored event type '{name}' is not a known {typeof(TEvent).Name}.");

    public string NameOf<TEvent>(Type type) =>
        _byName.TryGetValue(type.Name, out var known) && known == type && typeof(TEvent).IsAssignableFrom(type)
            ? type.Name
            : throw new InvalidOperationException($"{type.FullName} is not a registered {typeof(TEvent).Name}; register its base with AddEventStream.");
}
