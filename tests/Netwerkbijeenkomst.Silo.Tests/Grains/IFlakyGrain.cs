namespace Netwerkbijeenkomst.Silo.Tests.Grains;

/// <summary>Its activation waits at the gate named by its key, if the test set one, and fails or goes on as the test decides.</summary>
public interface IFlakyGrain : IGrainWithStringKey
{
    Task<string> HelloAsync();
}
