using System.Collections.Immutable;

namespace Netwerkbijeenkomst.Silo.Tests.Grains;

/// <summary>Calls the first grain on the path with the rest of it, so a test can build a call cycle.</summary>
public interface ICycleGrain : IGrainWithStringKey
{
    Task<string> CallAsync(ImmutableArray<string> path);
}
