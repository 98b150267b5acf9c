using System.Reflection;

namespace Netwerkbijeenkomst.Silo.Server.Activations;

/// <summary>Finds the assemblies that may hold grain classes: the given ones and our own assemblies they reference.</summary>
internal static class GrainAssemblies
{
    private const string OwnPrefix = "Netwerkbijeenkomst.";

    public static IReadOnlyList<Assembly> Discover(IEnumerable<Assembly> roots)
    {
        var siloName = typeof(IGrain).Assembly.GetName().Name;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var found = new List<Assembly>();
        var queue = new Queue<Assembly>(roots);
        while (queue.TryDequeue(out var assembly))
        {
            if (!seen.Add(assembly.GetName().Name!))
            {
                continue;
            }

            var references = assembly.GetReferencedAssemblies();
            if (references.Any(r => r.Name == siloName))
            {
                found.Add(assembly);
            }

            // Only our own assemblies can hold grains, so the walk never loads framework or package assemblies.
            foreach (var reference in references.Where(r => r.Name!.StartsWith(OwnPrefix, StringComparison.Ordinal) && !seen.Contains(r.Name)))
            {
                queue.Enqueue(Assembly.Load(reference));
            }
        }

        return found;
    }
}
