namespace Netwerkbijeenkomst.Silo.Runtime;

/// <summary>What a reminder tick knows about its schedule.</summary>
public readonly record struct TickStatus(DateTime FirstTickTime, TimeSpan Period, DateTime CurrentTickTime);
