using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Netwerkbijeenkomst.Benchmarks;

/// <summary>
/// One call to each of 1,000 grains on an Orleans silo in this process, from the silo itself and from an external
/// client (how a web node that hosts no silo calls), against the same method called on 1,000 plain objects.
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet runs only non-sealed benchmark classes.</remarks>
public class GrainCallBenchmarks
{
    private const int Grains = 1_000;
    private IHost _silo = null!;
    private IHost _client = null!;
    private ICounterGrain[] _grains = null!;
    private ICounterGrain[] _clientGrains = null!;
    private Counter[] _counters = null!;

    // The in-process toolchain does not await an async setup or cleanup (dotnet/BenchmarkDotNet#1738), so these block.
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => CleanupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        var (siloPort, gatewayPort) = LoopbackPorts.ForSilo();
        _silo = await StartAsync(builder => builder.UseOrleans(silo => silo.UseLocalhostClustering(siloPort, gatewayPort)));
        _client = await StartAsync(builder => builder.UseOrleansClient(client => client.UseLocalhostClustering(gatewayPort)));

        var siloFactory = _silo.Services.GetRequiredService<IGrainFactory>();
        var clientFactory = _client.Services.GetRequiredService<IClusterClient>();
        _grains = [.. Enumerable.Range(0, Grains).Select(i => siloFactory.GetGrain<ICounterGrain>($"teller-{i}"))];
        _clientGrains = [.. Enumerable.Range(0, Grains).Select(i => clientFactory.GetGrain<ICounterGrain>($"teller-{i}"))];
        _counters = [.. Enumerable.Range(0, Grains).Select(_ => new Counter())];

        // Activate every grain once, and let the client learn where each lives, so the benchmark measures calls, not activations.
        await Task.WhenAll(_grains.Select(g => g.AddAsync(0)));
        await Task.WhenAll(_clientGrains.Select(g => g.AddAsync(0)));
    }

    private async Task CleanupAsync()
    {
        await _client.StopAsync();
        _client.Dispose();
        await _silo.StopAsync();
        _silo.Dispose();
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

    [Benchmark(OperationsPerInvoke = Grains, Description = "grain call in the silo, one after another (latency)")]
    public Task<int> GrainCallSequential() => Sequential(_grains);

    [Benchmark(OperationsPerInvoke = Grains, Description = "grain call in the silo, 1,000 at once (throughput)")]
    public Task<int> GrainCallConcurrent() => Concurrent(_grains);

    [Benchmark(OperationsPerInvoke = Grains, Description = "grain call from a client, one after another (latency)")]
    public Task<int> ClientCallSequential() => Sequential(_clientGrains);

    [Benchmark(OperationsPerInvoke = Grains, Description = "grain call from a client, 1,000 at once (throughput)")]
    public Task<int> ClientCallConcurrent() => Concurrent(_clientGrains);

    private static async Task<int> Sequential(ICounterGrain[] grains)
    {
        var sum = 0;
        foreach (var grain in grains)
        {
            sum += await grain.AddAsync(1);
        }

        return sum;
    }

    private static async Task<int> Concurrent(ICounterGrain[] grains) => (await Task.WhenAll(grains.Select(g => g.AddAsync(1)))).Sum();

    private static async Task<IHost> StartAsync(Action<HostApplicationBuilder> configure)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        configure(builder);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}
