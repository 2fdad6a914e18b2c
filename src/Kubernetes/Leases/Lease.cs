using OrleansLife.Kubernetes.Meta;

namespace OrleansLife.Kubernetes.Leases;

/// <summary>A coordination.k8s.io/v1 Lease: who holds a lock, and until when, for leader election.</summary>
public sealed class Lease : KubeObject
{
    /// <summary>Creates an empty lease with its type information set.</summary>
    public Lease()
        : base("coordination.k8s.io/v1", "Lease")
    {
    }

    /// <summary>The holder and its timing.</summary>
    public LeaseSpec? Spec { get; set; }
}
