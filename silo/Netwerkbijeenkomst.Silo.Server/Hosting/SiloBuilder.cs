using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Netwerkbijeenkomst.Silo.Server.Hosting;

internal sealed class SiloBuilder(IServiceCollection services, IConfiguration configuration) : ISiloBuilder
{
    public IServiceCollection Services { get; } = services;

    public IConfiguration Configuration { get; } = configuration;
}
