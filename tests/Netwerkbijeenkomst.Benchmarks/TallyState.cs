using Netwerkbijeenkomst.Grains.EventSourcing;

namespace Netwerkbijeenkomst.Benchmarks;

/// <summary>The fold of a tally's events: how many were recorded and their total.</summary>
[GenerateSerializer]
[Alias("TallyState")]
public sealed class TallyState : IEventFold<BenchmarkEvent>
{
    [Id(0)]
    public int Events { get; private set; }

    [Id(1)]
    public int Total { get; private set; }

    public void Apply(BenchmarkEvent @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        Events++;
        Total += @event.Count;
    }
}
