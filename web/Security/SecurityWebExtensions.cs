using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using Netwerkbijeenkomst.Silo.Settings;

namespace Netwerkbijeenkomst.Web.Security;

/// <summary>
/// Headers on every response (Content-Security-Policy with a nonce, nosniff, Referrer- and Permissions-Policy), and
/// outside Development: HSTS, HTTPS redirection and Secure cookies; forwarded headers only from the configured proxy.
/// </summary>
internal static class SecurityWebExtensions
{
    public static WebApplicationBuilder AddSecurityHeaders(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<CspNonce>();
        builder.Services.AddSettings<ProxyOptions>(ProxyOptions.Section);
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxy) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The defaults trust loopback; only what is configured is trusted.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var address in proxy.Value.KnownProxies())
            {
                forwarded.KnownProxies.Add(address);
            }

            foreach (var network in proxy.Value.KnownNetworks())
            {
                forwarded.KnownIPNetworks.Add(network);
            }
        });
        if (!builder.Environment.IsDevelopment())
        {
            builder.Services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));
            builder.Services.Configure<CookiePolicyOptions>(cookies =>
            {
                cookies.Secure = CookieSecurePolicy.Always;
                cookies.HttpOnly = HttpOnlyPolicy.Always;
            });
        }

        return builder;
    }

    /// <summary>First in the pipeline, so static files, redirects and errors get the headers too.</summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        // With no proxy configured the middleware would believe anyone's X-Forwarded-* (empty lists mean: no check), so it is left out.
        if (app.Services.GetRequiredService<IOptions<ProxyOptions>>().Value.Addresses.Count > 0)
        {
            app.UseForwardedHeaders();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
            app.UseCookiePolicy();
        }

        return app;
    }
}
