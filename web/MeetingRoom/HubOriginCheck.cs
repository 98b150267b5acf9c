using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Netwerkbijeenkomst.Web.Mail;

namespace Netwerkbijeenkomst.Web.MeetingRoom;

/// <summary>
/// Refuses a browser's request to the hub (negotiate, WebSocket upgrade, long polling) from a page of another origin than
/// App:PublicUrl, so a foreign site cannot drive the room with a visitor's cookie. A request without an Origin header is
/// not a browser's cross-site request (browsers always send one for these) and passes: the .NET SignalR client sends none.
/// In Development the server's own address passes too (localhost or 127.0.0.1, a test server's port).
/// </summary>
internal sealed partial class HubOriginCheck(RequestDelegate next, IOptions<PublicUrlOptions> publicUrl, IHostEnvironment environment, ILogger<HubOriginCheck> logger)
{
    private readonly string _allowed = OriginOf(new Uri(publicUrl.Value.PublicUrl));

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var origin = context.Request.Headers[HeaderNames.Origin].ToString();
        if (origin.Length == 0 || Allowed(origin, context.Request))
        {
            return next(context);
        }

        ForeignOrigin(logger);
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return context.Response.WriteAsync("Deze verbinding komt van een andere website en is geweigerd.");
    }

    private bool Allowed(string origin, HttpRequest request)
    {
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri))
        {
            return false;
        }

        var given = OriginOf(uri);
        return given == _allowed
            || (environment.IsDevelopment() && Uri.TryCreate($"{request.Scheme}://{request.Host}", UriKind.Absolute, out var own) && given == OriginOf(own));
    }

    // Scheme, host and port as the browser compares them: lower case, the default port left out.
    private static string OriginOf(Uri uri) => uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant();

    [LoggerMessage(Level = LogLevel.Information, Message = "A request to the meeting hub from a foreign origin was refused.")]
    private static partial void ForeignOrigin(ILogger logger);
}
