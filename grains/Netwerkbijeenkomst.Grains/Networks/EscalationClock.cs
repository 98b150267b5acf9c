namespace Netwerkbijeenkomst.Grains.Networks;

/// <summary>When the network heard of an escalation, and when its state last changed.</summary>
[GenerateSerializer]
[Alias("EscalationClock")]
[Immutable]
public sealed record EscalationClock(DateTimeOffset ReportedAt, DateTimeOffset LastStepAt);
