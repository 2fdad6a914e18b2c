using System.Net;
using System.Net.Sockets;

namespace OrleansLife.Clustering.Tests.Processes;

/// <summary>Loopback ports free now, for processes that must be told their ports before they start.</summary>
internal static class FreePorts
{
    public static int[] Take(int count)
    {
        // All held open at once, so that the same port is never handed out twice.
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(listener => listener.Start());
            return listeners.Select(listener => ((IPEndPoint)listener.LocalEndpoint).Port).ToArray();
        }
        finally
        {
            listeners.ForEach(listener => listener.Stop());
        }
    }
}
