namespace Netwerkbijeenkomst.Web.LocalDevelopment;

/// <summary>Development stays on this machine: a warning when it listens beyond it.</summary>
internal static class LocalDevelopmentWebExtensions
{
    public static WebApplicationBuilder AddLocalDevelopmentWarning(this WebApplicationBuilder builder)
    {
        if (builder.Environment.IsDevelopment())
        {
            builder.Services.AddHostedService<ExposedDevelopmentWarning>();
        }

        return builder;
    }
}
