namespace Netwerkbijeenkomst.Silo.Concurrency;

/// <summary>On a grain interface method: it changes no state, so it may interleave with other read-only requests.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ReadOnlyAttribute : Attribute;
