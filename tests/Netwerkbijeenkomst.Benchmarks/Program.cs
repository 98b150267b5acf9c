using BenchmarkDotNet.Running;
using Netwerkbijeenkomst.Benchmarks;

// `-- reports`: the national report data set and the report builder's timings (docs/performance.md).
if (args is ["reports", ..])
{
    await Netwerkbijeenkomst.Benchmarks.Reports.ReportsBenchmark.RunAsync(args);
    return;
}

// `-- presence [participants] [rounds]`: connecting participants to one meeting, events stored and time (docs/performance.md).
if (args is ["presence", ..])
{
    await Netwerkbijeenkomst.Benchmarks.Presence.ConnectMeasurement.RunAsync(args);
    return;
}

// By a type of this assembly other than Program: the silo's Program is visible here too (InternalsVisibleTo).
BenchmarkSwitcher.FromAssembly(typeof(BenchmarkConfig).Assembly).Run(args, new BenchmarkConfig());

/// <summary>Entry point: <c>dotnet run -c Release --project tests/Netwerkbijeenkomst.Benchmarks -- --filter '*'</c>.</summary>
public partial class Program;
