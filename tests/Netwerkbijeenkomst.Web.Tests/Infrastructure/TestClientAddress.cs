using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Netwerkbijeenkomst.Web.Tests.Infrastructure;

/// <summary>
/// The in-memory test server gives a request no client address; a test client runs on this machine, so it gets
/// loopback, and a test can play another machine with the <see cref="Header"/> header. Kestrel's real addresses are kept.
/// </summary>
public sealed class TestClientAddress : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var address))
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
            }
            else
            {
                context.Connection.RemoteIpAddress ??= IPAddress.Loopback;
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}
