using OrleansLife.Kubernetes.Meta;

namespace OrleansLife.Kubernetes.Pods;

/// <summary>A core/v1 Pod: the unit a live cell runs as.</summary>
public sealed class Pod : KubeObject
{
    /// <summary>Creates an empty pod with its type information set.</summary>
    public Pod()
        : base("v1", "Pod")
    {
    }

    /// <summary>The desired state.</summary>
    public PodSpec? Spec { get; set; }

    /// <summary>The observed state, written by the kubelet.</summary>
    public PodStatus? Status { get; set; }
}
