using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;
using Netwerkbijeenkomst.Grains.Cases;
using Netwerkbijeenkomst.Grains.Privacy;
using Netwerkbijeenkomst.Silo.Server.Hosting;

namespace Netwerkbijeenkomst.Grains;

/// <summary>Registers the domain grains and the services they use.</summary>
public static class GrainsSiloBuilderExtensions
{
    public static ISiloBuilder AddDomainGrains(this ISiloBuilder silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.AddGrainAssembly(typeof(GrainsSiloBuilderExtensions).Assembly);
        silo.Services.TryAddSingleton<IPrivacyCheck, DutchPersonalDataDetector>();
        silo.Services.Configure<CaseRetentionOptions>(options =>
        {
            if (TimeSpan.TryParse(silo.Configuration["CaseRetention:After"], CultureInfo.InvariantCulture, out var after))
            {
                options.After = after;
            }
        });
        return silo;
    }
}
