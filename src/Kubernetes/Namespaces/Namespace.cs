using OrleansLife.Kubernetes.Meta;

namespace OrleansLife.Kubernetes.Namespaces;

/// <summary>A core/v1 Namespace; its spec (finalizers) is kept among the unmodelled fields.</summary>
public sealed class Namespace : KubeObject
{
    /// <summary>Creates an empty namespace with its type information set.</summary>
    public Namespace()
        : base("v1", "Namespace")
    {
    }

    /// <summary>The observed state: whether the namespace is active or terminating.</summary>
    public NamespaceStatus? Status { get; set; }
}
