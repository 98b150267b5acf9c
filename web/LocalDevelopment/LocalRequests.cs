using System.Net;

namespace Netwerkbijeenkomst.Web.LocalDevelopment;

/// <summary>Whether a request comes from this machine: the development mailbox and the demo accounts are for its own browser only.</summary>
public static class LocalRequests
{
    /// <summary>
    /// True only for a loopback client address. No address (a Unix socket, perhaps behind a proxy) is not "this
    /// machine": it could be anyone the proxy lets in.
    /// </summary>
    public static bool IsFromThisMachine(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
    }
}
