namespace Netwerkbijeenkomst.Web.Demo;

/// <summary>Demo data on an empty database, in Development only; never elsewhere.</summary>
internal static class DemoWebExtensions
{
    public static WebApplicationBuilder AddDemoData(this WebApplicationBuilder builder)
    {
        if (builder.Environment.IsDevelopment() && builder.Configuration.GetValue("Demo:Seed", true))
        {
            builder.Services.AddHostedService<DemoSeeder>();
        }

        return builder;
    }
}
