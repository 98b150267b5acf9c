using System.Net;
using System.Net.Sockets;

namespace Netwerkbijeenkomst.CrashTest;

/// <summary>Ports nothing listens on now, so the server can keep them over every restart without meeting another test's.</summary>
internal static class LoopbackPorts
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
