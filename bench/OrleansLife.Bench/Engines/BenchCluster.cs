using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;

namespace OrleansLife.Bench.Engines;

/// <summary>
/// One or more silos in this process, clustered over localhost: the first is the primary, the others join it. Calls
/// go in through the first silo; its board, and each tile's cells and region, are placed as the product places them.
/// </summary>
public sealed class BenchCluster : IAsyncDisposable
{
    private readonly List<BenchSilo> _silos;

    private BenchCluster(List<BenchSilo> silos) => _silos = silos;

    public IGrainFactory Grains => _silos[0].Grains;

    public IServiceProvider Services => _silos[0].Services;

    public int Silos => _silos.Count;

    /// <summary>Grain calls received by all silos.</summary>
    public long Calls => _silos.Sum(s => s.Calls.Calls);

    /// <summary>Grain calls received from another silo.</summary>
    public long RemoteCalls => _silos.Sum(s => s.Calls.Remote);

    public static async Task<BenchCluster> StartAsync(int silos, Action<IServiceCollection>? configure = null, CancellationToken cancellation = default)
    {
        var primary = SiloPorts.Free();
        var started = new List<BenchSilo> { await BenchSilo.StartAsync(primary, primary: null, configure) };
        for (var joining = 1; joining < silos; joining++)
            started.Add(await BenchSilo.StartAsync(SiloPorts.Free(), primary.SiloEndpoint, configure));
        // Placement picks among the silos a silo knows to be active: until every silo sees all, tiles would pile up.
        foreach (var silo in started) await SeesAllAsync(silo, silos, cancellation);
        return new BenchCluster(started);
    }

    private static async Task SeesAllAsync(BenchSilo silo, int silos, CancellationToken cancellation)
    {
        var membership = silo.Services.GetRequiredService<IClusterMembershipService>();
        if (Active(membership.CurrentSnapshot) == silos) return;
        await foreach (var snapshot in membership.MembershipUpdates.WithCancellation(cancellation))
            if (Active(snapshot) == silos) return;
    }

    private static int Active(ClusterMembershipSnapshot snapshot) =>
        snapshot.Members.Values.Count(m => m.Status == SiloStatus.Active);

    public async ValueTask DisposeAsync()
    {
        // One at a time, last joined first: silos stopping together fail to unregister their cells from each other's
        // directory partitions. The primary holds the membership of a localhost cluster, so it goes last.
        for (var silo = _silos.Count - 1; silo >= 0; silo--) await _silos[silo].DisposeAsync();
    }
}
