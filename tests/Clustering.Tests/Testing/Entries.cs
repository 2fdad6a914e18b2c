using System.Net;
using Orleans;
using Orleans.Runtime;

namespace OrleansLife.Clustering.Tests.Testing;

/// <summary>Membership entries as a joining silo writes them, each for a silo address (generation) of its own.</summary>
internal static class Entries
{
    private static int _generation;

    public static SiloAddress NewSiloAddress(int port = 12345) =>
        SiloAddress.New(new IPEndPoint(IPAddress.Loopback, port), Interlocked.Increment(ref _generation));

    public static MembershipEntry New(SiloStatus status = SiloStatus.Joining, int proxyPort = 30000)
    {
        var now = NowToTheSecond();
        return new MembershipEntry
        {
            SiloAddress = NewSiloAddress(),
            HostName = "test-host",
            SiloName = "TestSiloName",
            Status = status,
            ProxyPort = proxyPort,
            StartTime = now,
            IAmAliveTime = now,
        };
    }

    public static DateTime NowToTheSecond()
    {
        var now = DateTime.UtcNow;
        return new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, now.Second, DateTimeKind.Utc);
    }
}
