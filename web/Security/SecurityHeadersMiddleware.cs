using Netwerkbijeenkomst.Web.Silo;

namespace Netwerkbijeenkomst.Web.Security;

/// <summary>Puts the security headers on every response, also one an error handler rewrites, because they are added as it starts.</summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    /// <summary>
    /// Referrers stay within the site: links to the social map's institutions carry no address, not even our host (which
    /// would tell them the visitor belongs to this network); no-referrer was rejected because chromium then sends
    /// "Origin: null" on our own form posts, which leaves an Origin check of forms nothing to check.
    /// </summary>
    public const string ReferrerPolicy = "same-origin";

    /// <summary>Nothing in the product uses a camera, microphone, location, payment or sensor; an injected frame or script cannot either.</summary>
    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    public Task InvokeAsync(HttpContext context, CspNonce nonce)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(SiloWebExtensions.DashboardPath, StringComparison.OrdinalIgnoreCase)
                ? ContentSecurityPolicy.ForDashboard()
                : ContentSecurityPolicy.ForPages(nonce.Value);
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = ReferrerPolicy;
            headers["Permissions-Policy"] = PermissionsPolicy;
            return Task.CompletedTask;
        });
        return next(context);
    }
}
