namespace Netwerkbijeenkomst.Silo.Tests.Grains;

/// <summary>A grain whose calls may interleave: one call held at a gate does not block the next.</summary>
public interface IReentrantGrain : IGrainWithStringKey
{
    Task<string> WaitAsync(string gate);
}
