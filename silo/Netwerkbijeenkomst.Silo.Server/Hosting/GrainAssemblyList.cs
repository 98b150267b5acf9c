using System.Reflection;

namespace Netwerkbijeenkomst.Silo.Server.Hosting;

/// <summary>Assemblies named by the host as holding grain classes, besides those found from the entry assembly.</summary>
internal sealed class GrainAssemblyList
{
    public List<Assembly> Assemblies { get; } = [];
}
