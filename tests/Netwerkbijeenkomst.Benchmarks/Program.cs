using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, new Netwerkbijeenkomst.Benchmarks.BenchmarkConfig());

/// <summary>Entry point: <c>dotnet run -c Release --project tests/Netwerkbijeenkomst.Benchmarks -- --filter '*'</c>.</summary>
public partial class Program;
