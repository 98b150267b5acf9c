namespace Netwerkbijeenkomst.Silo.Concurrency;

/// <summary>On a grain class: its requests may interleave at await points instead of running one after another.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class ReentrantAttribute : Attribute;
