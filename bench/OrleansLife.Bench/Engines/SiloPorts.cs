using System.Net;
using System.Net.Sockets;

namespace OrleansLife.Bench.Engines;

/// <summary>A silo's two ports. Free ones, not Orleans' defaults: other silos may run on this machine.</summary>
public sealed record SiloPorts(int Silo, int Gateway)
{
    public IPEndPoint SiloEndpoint => new(IPAddress.Loopback, Silo);

    public static SiloPorts Free()
    {
        // Both listeners open at once, or the system could hand out the same port twice.
        using var silo = Listen();
        using var gateway = Listen();
        return new(Port(silo), Port(gateway));
    }

    private static Socket Listen()
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return socket;
    }

    private static int Port(Socket socket) => ((IPEndPoint)socket.LocalEndPoint!).Port;
}
