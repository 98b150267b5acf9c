namespace Netwerkbijeenkomst.Silo.Providers;

/// <summary>Names the log-consistency provider of a journaled grain; this runtime knows only "CustomStorage".</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class LogConsistencyProviderAttribute : Attribute
{
    public string ProviderName { get; init; } = "CustomStorage";
}
