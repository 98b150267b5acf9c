using System.Net;
using System.Net.Sockets;

namespace Netwerkbijeenkomst.Benchmarks;

/// <summary>Free loopback ports for the benchmark silos, so a run never collides with a dev silo or a test cluster on this machine.</summary>
internal static class LoopbackPorts
{
    /// <summary>A silo port and a gateway port; both are held until both are chosen, so they differ.</summary>
    public static (int Silo, int Gateway) ForSilo()
    {
        using var silo = Listen();
        using var gateway = Listen();
        return (Port(silo), Port(gateway));
    }

    private static TcpListener Listen()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return listener;
    }

    private static int Port(TcpListener listener) => ((IPEndPoint)listener.LocalEndpoint).Port;
}
