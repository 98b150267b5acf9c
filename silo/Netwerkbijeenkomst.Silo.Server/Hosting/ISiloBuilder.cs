using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Netwerkbijeenkomst.Silo.Server.Hosting;

/// <summary>Configures the silo hosted in this process.</summary>
public interface ISiloBuilder
{
    IServiceCollection Services { get; }

    IConfiguration Configuration { get; }
}
