using System.Net;
using System.Net.Sockets;

namespace Reopen.TestSupport;

/// <summary>Ports on 127.0.0.1 for the servers tests start (and for addresses where nothing must answer).</summary>
public static class LoopbackPort
{
    /// <summary>A port nothing listens on right now, as the operating system hands them out.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
