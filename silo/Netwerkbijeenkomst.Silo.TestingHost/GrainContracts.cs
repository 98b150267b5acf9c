using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Netwerkbijeenkomst.Silo.TestingHost;

/// <summary>
/// Checks that everything crossing a grain boundary is immutable: Orleans copies mutable arguments between grains,
/// this runtime passes references, so a mutable contract would let two grains share state.
/// </summary>
public static class GrainContracts
{
    private static readonly HashSet<Type> Scalars =
    [
        typeof(string), typeof(decimal), typeof(DateTime), typeof(DateTimeOffset), typeof(TimeSpan), typeof(Guid),
        typeof(DateOnly), typeof(TimeOnly), typeof(Uri), typeof(Version),
    ];

    private static readonly HashSet<Type> ImmutableCollections =
    [
        typeof(ImmutableArray<>), typeof(ImmutableList<>), typeof(ImmutableHashSet<>), typeof(ImmutableSortedSet<>),
        typeof(ImmutableDictionary<,>), typeof(ImmutableSortedDictionary<,>), typeof(ImmutableQueue<>), typeof(ImmutableStack<>),
    ];

    /// <summary>Every grain interface (a type deriving from <see cref="IGrain"/>) declared in the assemblies.</summary>
    public static IEnumerable<Type> GrainInterfacesIn(params Assembly[] assemblies) =>
        assemblies.SelectMany(a => a.GetTypes()).Where(t => t.IsInterface && typeof(IGrain).IsAssignableFrom(t) && t.Assembly != typeof(IGrain).Assembly);

    /// <summary>One line per mutable type reachable from a parameter or return type of the contract's methods.</summary>
    public static IReadOnlyList<string> FindViolations(Type contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var violations = new List<string>();
        var visiting = new HashSet<Type>();
        foreach (var method in contract.GetMethods().Concat(contract.GetInterfaces().SelectMany(i => i.GetMethods())))
        {
            foreach (var parameter in method.GetParameters())
            {
                Check(parameter.ParameterType, $"{contract.Name}.{method.Name}({parameter.Name})", visiting, violations);
            }

            Check(method.ReturnType, $"{contract.Name}.{method.Name} returns", visiting, violations);
        }

        return violations;
    }

    private static void Check(Type type, string path, HashSet<Type> visiting, List<string> violations)
    {
        if (type == typeof(Task) || type == typeof(ValueTask) || type == typeof(CancellationToken))
        {
            return;
        }

        if (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>) || type.GetGenericTypeDefinition() == typeof(Nullable<>)))
        {
            Check(type.GetGenericArguments()[0], path, visiting, violations);
            return;
        }

        // Only the types on the current path are skipped, so a type reached twice is reported on each path.
        if (type.IsPrimitive || type.IsEnum || Scalars.Contains(type) || visiting.Contains(type))
        {
            return;
        }

        if (type.IsGenericType && ImmutableCollections.Contains(type.GetGenericTypeDefinition()))
        {
            foreach (var argument in type.GetGenericArguments())
            {
                Check(argument, $"{path} item", visiting, violations);
            }

            return;
        }

        if (type.IsInterface || type.IsArray || type == typeof(object) || type.IsByRef || type.IsPointer)
        {
            violations.Add($"{path}: {Describe(type)} can be changed after it is passed; use a record or an immutable collection.");
            return;
        }

        if (!type.IsValueType && !type.IsSealed && !type.IsAbstract)
        {
            violations.Add($"{path}: {Describe(type)} is not sealed, so a mutable subclass could be passed.");
            return;
        }

        visiting.Add(type);

        var instanceFields = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        for (var current = type; current is not null && current != typeof(object) && current != typeof(ValueType); current = current.BaseType)
        {
            foreach (var field in current.GetFields(instanceFields))
            {
                if (!field.IsInitOnly)
                {
                    violations.Add($"{path}: {Describe(type)}.{FieldName(field)} can be assigned after construction.");
                }

                Check(field.FieldType, $"{path} → {Describe(type)}.{FieldName(field)}", visiting, violations);
            }
        }

        // An abstract base (an event hierarchy) is checked through every concrete type that derives from it.
        if (type.IsAbstract)
        {
            foreach (var derived in type.Assembly.GetTypes().Where(t => t != type && !t.IsAbstract && type.IsAssignableFrom(t)))
            {
                Check(derived, path, visiting, violations);
            }
        }

        visiting.Remove(type);
    }

    private static string FieldName(FieldInfo field) =>
        field.IsDefined(typeof(CompilerGeneratedAttribute)) && field.Name.StartsWith('<') ? field.Name[1..field.Name.IndexOf('>', StringComparison.Ordinal)] : field.Name;

    private static string Describe(Type type) =>
        type.IsGenericType ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(Describe))}>" : type.Name;
}
