namespace Netwerkbijeenkomst.Benchmarks;

/// <summary>An event-sourced grain whose one command commits one event, the path a posted contribution takes.</summary>
public interface ITallyGrain : IGrainWithStringKey
{
    Task RecordAsync(string what, int count);
}
