namespace OrleansLife.Kubernetes.Client;

/// <summary>The resource types OrleansLife works with.</summary>
public static class KubeResources
{
    /// <summary>Pass as the namespace of a list, watch or delete-collection to span every namespace.</summary>
    public const string AllNamespaces = "";

    /// <summary>core/v1 pods.</summary>
    public static KubeResource Pods { get; } = new("", "v1", "Pod", "pods", Namespaced: true);

    /// <summary>core/v1 namespaces (cluster-scoped).</summary>
    public static KubeResource Namespaces { get; } = new("", "v1", "Namespace", "namespaces", Namespaced: false);

    /// <summary>coordination.k8s.io/v1 leases.</summary>
    public static KubeResource Leases { get; } = new("coordination.k8s.io", "v1", "Lease", "leases", Namespaced: true);

    /// <summary>orleanslife.io/v1 boards, the custom resource.</summary>
    public static KubeResource Boards { get; } = new("orleanslife.io", "v1", "Board", "boards", Namespaced: true);
}
