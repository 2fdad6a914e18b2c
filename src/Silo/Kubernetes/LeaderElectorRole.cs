using OrleansLife.Api.Cluster;
using OrleansLife.Operator.Leadership;

namespace OrleansLife.Silo.Kubernetes;

/// <summary>The silo's role, from the leader election.</summary>
internal sealed class LeaderElectorRole(LeaderElector elector) : ISiloRole
{
    public SiloRole Read()
    {
        if (elector.IsLeader) return new SiloRole("leader", elector.Identity);
        return elector.Leader is { } leader && leader != elector.Identity ? new SiloRole("standby", leader) : new SiloRole("campaigning", null);
    }
}
