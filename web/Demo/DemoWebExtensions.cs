using Netwerkbijeenkomst.Silo.Settings;

namespace Netwerkbijeenkomst.Web.Demo;

/// <summary>Demo data on an empty database, in Development only; never elsewhere.</summary>
internal static class DemoWebExtensions
{
    public static WebApplicationBuilder AddDemoData(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment())
        {
            return builder;
        }

        var demo = builder.Configuration.ReadSettings<DemoOptions>(DemoOptions.Section);
        if (demo.Seed)
        {
            builder.Services.AddSingleton(demo);
            builder.Services.AddHostedService<DemoSeeder>();

            // Twelve months of history need the grains to run "in the past"; Orleans' own machinery keeps real time.
            if (demo.History)
            {
                builder.Services.AddSingleton<TimeProvider>(new DemoClock(TimeProvider.System));
                foreach (var area in new[] { TimeProviderNames.Messaging, TimeProviderNames.SystemTimers, TimeProviderNames.Membership, TimeProviderNames.ActivationManagement, TimeProviderNames.GrainDirectory })
                {
                    builder.Services.AddKeyedSingleton(area, TimeProvider.System);
                }
            }
        }

        return builder;
    }
}
