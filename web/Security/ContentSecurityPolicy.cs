namespace Netwerkbijeenkomst.Web.Security;

/// <summary>The Content-Security-Policy of a response: only scripts with its nonce, nothing inline, no framing, no plug-ins.</summary>
internal static class ContentSecurityPolicy
{
    /// <summary>Our pages: a script runs only when it carries this response's nonce (external bundles too), never eval or inline code.</summary>
    public static string ForPages(string nonce) => Build($"'nonce-{nonce}'", "'self'", "'self'");

    /// <summary>
    /// Orleans' dashboard (administrators only) is markup we do not write: its one module script cannot carry a nonce, it has a
    /// style attribute and its icon font is a data: URL. Still no inline script, framing or plug-ins there.
    /// </summary>
    public static string ForDashboard() => Build("'self'", "'self' 'unsafe-inline'", "'self' data:");

    // 'self' in connect-src covers the SignalR WebSocket (ws/wss to the same host) in CSP Level 3 browsers.
    private static string Build(string scripts, string styles, string fonts) => string.Join(
        "; ",
        "default-src 'self'",
        $"script-src {scripts}",
        $"style-src {styles}",
        "img-src 'self'",
        $"font-src {fonts}",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'");
}
