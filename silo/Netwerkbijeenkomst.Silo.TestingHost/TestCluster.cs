using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Netwerkbijeenkomst.Silo.Server.Hosting;

namespace Netwerkbijeenkomst.Silo.TestingHost;

/// <summary>
/// One silo in this process for tests. Unlike Orleans' test cluster it has no client and no second silo:
/// grains are called through the silo's own grain factory.
/// </summary>
public sealed class TestCluster : IAsyncDisposable
{
    private readonly Type[] _configurators;
    private readonly IReadOnlyDictionary<string, string?> _properties;
    private IHost? _host;

    internal TestCluster(Type[] configurators, IReadOnlyDictionary<string, string?> properties)
    {
        _configurators = configurators;
        _properties = properties;
    }

    public IGrainFactory GrainFactory => ServiceProvider.GetRequiredService<IGrainFactory>();

    /// <summary>The running silo's services.</summary>
    public IServiceProvider ServiceProvider =>
        _host?.Services ?? throw new InvalidOperationException("The test cluster is not deployed; call DeployAsync first.");

    public async Task DeployAsync()
    {
        if (_host is not null)
        {
            throw new InvalidOperationException("The test cluster is already deployed.");
        }

        var host = BuildHost();
        await host.StartAsync();
        _host = host;
    }

    /// <summary>Stops the silo (every grain deactivates) and starts a fresh one with the same configuration.</summary>
    public async Task RestartSiloAsync()
    {
        await StopAllSilosAsync();
        await DeployAsync();
    }

    public async Task StopAllSilosAsync()
    {
        if (_host is { } host)
        {
            _host = null;
            await host.StopAsync();
            host.Dispose();
        }
    }

    public async ValueTask DisposeAsync() => await StopAllSilosAsync();

    private IHost BuildHost()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(_properties);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(silo =>
        {
            foreach (var type in _configurators)
            {
                // The test assembly holds the configurator and references the grains it tests.
                silo.AddGrainAssembly(type.Assembly);
                ((ISiloConfigurator)Activator.CreateInstance(type)!).Configure(silo);
            }
        });
        return builder.Build();
    }
}
