using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Netwerkbijeenkomst.Silo.Runtime;
using Netwerkbijeenkomst.Silo.Server.Activations;

namespace Netwerkbijeenkomst.Silo.Server.GrainReferences;

/// <summary>The proxy behind every grain interface reference: each call becomes a request to the grain's activation.</summary>
[SuppressMessage("Performance", "CA1852:Seal internal types", Justification = "DispatchProxy generates a subclass at run time.")]
internal class GrainReference : DispatchProxy, IGrainReference
{
    private Catalog? _catalog;

    public GrainId GrainId { get; private set; }

    public static T Create<T>(GrainId grainId, Catalog catalog)
    {
        var proxy = Create<T, GrainReference>();
        var reference = (GrainReference)(object)proxy!;
        reference.GrainId = grainId;
        reference._catalog = catalog;
        return proxy;
    }

    public override string ToString() => $"GrainReference:{GrainId}";

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (targetMethod.DeclaringType == typeof(object))
        {
            return targetMethod.Invoke(this, args);
        }

        var method = GrainMethod.For(targetMethod);
        return method.ConvertResult(_catalog!.InvokeAsync(GrainId, method, args ?? []));
    }
}
