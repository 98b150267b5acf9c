using System.Collections.Frozen;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Netwerkbijeenkomst.Silo.Concurrency;
using Netwerkbijeenkomst.Silo.Runtime;

namespace Netwerkbijeenkomst.Silo.Server.Activations;

/// <summary>Maps grain interfaces and grain type names to grain classes, found in the given assemblies.</summary>
internal sealed class GrainTypeRegistry
{
    private readonly FrozenDictionary<string, GrainClassInfo> _byType;
    private readonly FrozenDictionary<Type, GrainClassInfo[]> _byInterface;

    public GrainTypeRegistry(IEnumerable<Assembly> assemblies)
    {
        var classes = assemblies
            .Distinct()
            .SelectMany(LoadableTypes)
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IGrainBase).IsAssignableFrom(t) && typeof(IGrain).IsAssignableFrom(t))
            .Select(Describe)
            .ToList();

        var duplicate = classes.GroupBy(c => c.GrainType).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException(
                $"Grain type '{duplicate.Key}' is used by {string.Join(" and ", duplicate.Select(c => c.ClassType.FullName))}; give one a [GrainType].");
        }

        _byType = classes.ToFrozenDictionary(c => c.GrainType, StringComparer.Ordinal);
        _byInterface = classes
            .SelectMany(c => c.ClassType.GetInterfaces().Where(IsGrainInterface).Select(i => (Interface: i, Class: c)))
            .GroupBy(x => x.Interface)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Class).ToArray());
    }

    public IEnumerable<GrainClassInfo> Classes => _byType.Values;

    public GrainClassInfo ForGrainType(string grainType) =>
        _byType.TryGetValue(grainType, out var info)
            ? info
            : throw new InvalidOperationException($"No grain class has grain type '{grainType}'.");

    public GrainClassInfo ForInterface(Type grainInterface, string? grainClassNamePrefix)
    {
        if (!_byInterface.TryGetValue(grainInterface, out var candidates))
        {
            throw new InvalidOperationException($"No grain class implements {grainInterface.FullName}.");
        }

        var matches = grainClassNamePrefix is null
            ? candidates
            : candidates.Where(c => c.ClassType.FullName!.StartsWith(grainClassNamePrefix, StringComparison.Ordinal)).ToArray();
        return matches.Length == 1
            ? matches[0]
            : throw new InvalidOperationException(
                $"{matches.Length} grain classes implement {grainInterface.FullName}; pass a grainClassNamePrefix that picks one.");
    }

    internal static string DefaultGrainType(Type classType)
    {
        var name = classType.Name;
        if (name.EndsWith("Grain", StringComparison.Ordinal) && name.Length > "Grain".Length)
        {
            name = name[..^"Grain".Length];
        }

        return name.ToLowerInvariant();
    }

    private static bool IsGrainInterface(Type type) =>
        type.IsInterface && typeof(IGrain).IsAssignableFrom(type) && type != typeof(IGrain)
        && type != typeof(IGrainWithStringKey) && type != typeof(IGrainWithGuidKey) && type != typeof(IAddressable);

    private static GrainClassInfo Describe(Type classType)
    {
        var grainType = classType.GetCustomAttribute<GrainTypeAttribute>()?.GrainType ?? DefaultGrainType(classType);
        var reentrant = classType.GetCustomAttribute<ReentrantAttribute>() is not null;
        if (reentrant && typeof(IActivationLifecycle).IsAssignableFrom(classType))
        {
            // Interleaved turns would confirm each other's events; this runtime keeps journaled grains strictly turn-based.
            throw new InvalidOperationException($"{classType.Name} is a journaled grain and cannot be [Reentrant].");
        }

        return new GrainClassInfo(grainType, classType, reentrant, ActivatorUtilities.CreateFactory(classType, Type.EmptyTypes));
    }

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.OfType<Type>();
        }
    }
}
