using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Reopen.TestSupport;

/// <summary>Free loopback ports for test servers.</summary>
public static class LoopbackPort
{
    private static readonly ConcurrentDictionary<int, byte> HandedOut = new();

    /// <summary>A port nothing listens on right now, as the operating system hands them out, and never one this process was handed before
    /// (the servers it names bind it later, so the system could hand it out twice).</summary>
    public static int Free()
    {
        while (true)
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            if (HandedOut.TryAdd(port, 0)) return port;
        }
    }
}
