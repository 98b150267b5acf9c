namespace Netwerkbijeenkomst.Web.Security;

/// <summary>The Content-Security-Policy of a response: only scripts with its nonce, nothing inline, no framing, no plug-ins.</summary>
internal static class ContentSecurityPolicy
{
    /// <summary>Our pages: a script runs only when it carries this response's nonce (external bundles too), never eval.</summary>
    public static string ForPages(string nonce) => Build($"'nonce-{nonce}'");

    /// <summary>Orleans' dashboard is a page we do not write: its one module script is served by itself and cannot carry a nonce.</summary>
    public static string ForDashboard() => Build("'self'");

    // 'self' in connect-src covers the SignalR WebSocket (ws/wss to the same host) in CSP Level 3 browsers.
    private static string Build(string scriptSource) => string.Join(
        "; ",
        "default-src 'self'",
        $"script-src {scriptSource}",
        "style-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'");
}
