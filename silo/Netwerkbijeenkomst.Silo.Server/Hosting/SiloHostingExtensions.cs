using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Netwerkbijeenkomst.Silo.Server.Activations;
using Netwerkbijeenkomst.Silo.Server.GrainReferences;
using Netwerkbijeenkomst.Silo.Server.Reminders;
using Netwerkbijeenkomst.Silo.Server.Timers;
using Netwerkbijeenkomst.Silo.Timers;

namespace Netwerkbijeenkomst.Silo.Server.Hosting;

/// <summary>Hosts a silo in this process, the way Orleans' <c>UseOrleans</c> does.</summary>
public static class SiloHostingExtensions
{
    public static IHostApplicationBuilder UseOrleans(this IHostApplicationBuilder builder, Action<ISiloBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOrleans(builder.Configuration, configure);
        return builder;
    }

    public static IServiceCollection AddOrleans(this IServiceCollection services, IConfiguration configuration, Action<ISiloBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var assemblies = new GrainAssemblyList();
        services.AddSingleton(assemblies);
        services.AddOptions();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp =>
        {
            var roots = sp.GetRequiredService<GrainAssemblyList>().Assemblies.Concat(Assembly.GetEntryAssembly() is { } entry ? [entry] : []);
            return new GrainTypeRegistry(GrainAssemblies.Discover(roots));
        });
        services.AddSingleton<Catalog>();
        services.AddSingleton<IGrainFactory, GrainFactory>();
        services.AddSingleton<ActivationCollector>();
        services.AddSingleton<ITimerRegistry, TimerRegistry>();
        services.TryAddSingleton<IReminderTable, InMemoryReminderTable>();
        services.AddSingleton<ReminderService>();
        services.AddSingleton<IReminderRegistry>(sp => sp.GetRequiredService<ReminderService>());

        // Configured first so that hosted services it adds (storage migrations) start before the silo reads reminders.
        configure(new SiloBuilder(services, configuration));

        // Hosted services stop in reverse order: reminders stop before the grains are deactivated.
        services.AddHostedService<SiloHostedService>();
        services.AddHostedService(sp => sp.GetRequiredService<ReminderService>());
        return services;
    }

    /// <summary>Names an assembly that holds grain classes (the entry assembly and our assemblies it references are found by themselves).</summary>
    public static ISiloBuilder AddGrainAssembly(this ISiloBuilder silo, Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(silo);
        var list = (GrainAssemblyList)silo.Services.Single(d => d.ServiceType == typeof(GrainAssemblyList)).ImplementationInstance!;
        list.Assemblies.Add(assembly);
        return silo;
    }

    public static ISiloBuilder Configure<TOptions>(this ISiloBuilder silo, Action<TOptions> configure)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.Services.Configure(configure);
        return silo;
    }

    /// <summary>Keeps reminders in memory only: they are lost when the process ends.</summary>
    public static ISiloBuilder UseInMemoryReminderService(this ISiloBuilder silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.Services.Replace(ServiceDescriptor.Singleton<IReminderTable, InMemoryReminderTable>());
        return silo;
    }
}
