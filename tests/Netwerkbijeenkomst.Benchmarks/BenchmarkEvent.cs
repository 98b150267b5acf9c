namespace Netwerkbijeenkomst.Benchmarks;

/// <summary>A small event, about the size of a recorded contribution's metadata.</summary>
[GenerateSerializer]
[Alias("BenchmarkEvent")]
[Immutable]
public sealed record BenchmarkEvent(string What, int Count);
