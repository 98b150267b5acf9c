using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Netwerkbijeenkomst.Silo;
using Netwerkbijeenkomst.Silo.Server.Hosting;

namespace Netwerkbijeenkomst.Benchmarks;

/// <summary>One call to each of 1,000 grains, against the same method called on 1,000 plain objects.</summary>
public class GrainCallBenchmarks
{
    private const int Grains = 1_000;
    private IHost _host = null!;
    private ICounterGrain[] _grains = null!;
    private Counter[] _counters = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(silo => silo.AddGrainAssembly(typeof(CounterGrain).Assembly));
        _host = builder.Build();
        await _host.StartAsync();

        var factory = _host.Services.GetRequiredService<IGrainFactory>();
        _grains = [.. Enumerable.Range(0, Grains).Select(i => factory.GetGrain<ICounterGrain>($"teller-{i}"))];
        _counters = [.. Enumerable.Range(0, Grains).Select(_ => new Counter())];

        // Activate every grain once, so the benchmark measures calls, not activations.
        await Task.WhenAll(_grains.Select(g => g.AddAsync(0)));
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Grains, Description = "direct call, one after another")]
    public async Task<int> DirectCall()
    {
        var sum = 0;
        foreach (var counter in _counters)
        {
            sum += await counter.AddAsync(1);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Grains, Description = "grain call, one after another (latency)")]
    public async Task<int> GrainCallSequential()
    {
        var sum = 0;
        foreach (var grain in _grains)
        {
            sum += await grain.AddAsync(1);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Grains, Description = "grain call, 1,000 at once (throughput)")]
    public async Task<int> GrainCallConcurrent() => (await Task.WhenAll(_grains.Select(g => g.AddAsync(1)))).Sum();
}
