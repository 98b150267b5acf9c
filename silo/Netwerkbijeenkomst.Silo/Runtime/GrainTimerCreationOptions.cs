namespace Netwerkbijeenkomst.Silo.Runtime;

/// <summary>When a grain timer first ticks and how often, and whether its ticks interleave or keep the grain alive.</summary>
public readonly struct GrainTimerCreationOptions
{
    public GrainTimerCreationOptions(TimeSpan dueTime, TimeSpan period)
    {
        DueTime = dueTime;
        Period = period;
    }

    public TimeSpan DueTime { get; init; }

    public TimeSpan Period { get; init; }

    public bool Interleave { get; init; }

    public bool KeepAlive { get; init; }
}
