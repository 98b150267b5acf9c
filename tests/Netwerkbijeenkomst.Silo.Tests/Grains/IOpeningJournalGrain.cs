namespace Netwerkbijeenkomst.Silo.Tests.Grains;

/// <summary>A journal that notes its opening in OnActivateAsync, after waiting at the gate named by its key, if the test set one.</summary>
public interface IOpeningJournalGrain : IGrainWithStringKey
{
    [Concurrency.ReadOnly]
    Task<int> GetVersionAsync();
}
