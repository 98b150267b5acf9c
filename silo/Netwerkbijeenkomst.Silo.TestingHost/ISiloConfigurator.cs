using Netwerkbijeenkomst.Silo.Server.Hosting;

namespace Netwerkbijeenkomst.Silo.TestingHost;

/// <summary>Configures each silo of a test cluster; created with its parameterless constructor, as in Orleans.</summary>
public interface ISiloConfigurator
{
    void Configure(ISiloBuilder siloBuilder);
}
