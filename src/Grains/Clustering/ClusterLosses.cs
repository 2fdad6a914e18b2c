using Microsoft.Extensions.Hosting;

namespace OrleansLife.Grains.Clustering;

/// <summary>
/// Counts the silos that have left the cluster, as this silo's membership view learns of them. Every grain a lost silo
/// hosted lost its state with it, so a board compares the count before and after a generation: if it moved, the
/// generation may have met cells that came back empty, and the board rebuilds them instead of trusting it.
/// </summary>
public sealed class ClusterLosses(IClusterMembershipService membership) : BackgroundService
{
    private readonly HashSet<SiloAddress> _active = [];
    private long _count;

    /// <summary>How many silos this silo has seen leave since it started.</summary>
    public long Count => Interlocked.Read(ref _count);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var snapshot in membership.MembershipUpdates.WithCancellation(stoppingToken))
                Observe(snapshot);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private void Observe(ClusterMembershipSnapshot snapshot)
    {
        foreach (var (silo, member) in snapshot.Members)
        {
            if (member.Status == SiloStatus.Active) _active.Add(silo);
            else if (member.Status is SiloStatus.ShuttingDown or SiloStatus.Stopping or SiloStatus.Dead && _active.Remove(silo))
                Interlocked.Increment(ref _count);
        }
    }
}
