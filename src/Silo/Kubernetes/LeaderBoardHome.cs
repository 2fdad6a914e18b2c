using OrleansLife.Grains.Placement;
using OrleansLife.Operator.Leadership;

namespace OrleansLife.Silo.Kubernetes;

/// <summary>
/// Homes the boards with the leader: the silo holding the Lease runs the pod reconciler, so a board living there hands
/// its live cells to the one writer of its pods, and a new leader resumes every board when the old one dies. The
/// Lease names the leader by its Orleans silo name (the elector's identity), which the membership maps to its address.
/// </summary>
internal sealed class LeaderBoardHome(IServiceProvider services, ILocalSiloDetails local, IClusterMembershipService membership) : IBoardHome
{
    public SiloAddress? Find()
    {
        // Resolved on use: the elector's client may point at an API server that starts with the host.
        var elector = services.GetRequiredService<LeaderElector>();
        if (elector.IsLeader) return local.SiloAddress;
        if (elector.Leader is not { } leader) return null;
        return membership.CurrentSnapshot.Members.Values
            .FirstOrDefault(member => member.Name == leader && member.Status == SiloStatus.Active)?.SiloAddress;
    }
}
