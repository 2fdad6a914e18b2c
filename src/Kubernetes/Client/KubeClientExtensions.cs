using OrleansLife.Kubernetes.Boards;
using OrleansLife.Kubernetes.Leases;
using OrleansLife.Kubernetes.Namespaces;
using OrleansLife.Kubernetes.Pods;

namespace OrleansLife.Kubernetes.Client;

/// <summary>Shortcuts to the typed clients of the resources OrleansLife uses.</summary>
public static class KubeClientExtensions
{
    /// <summary>core/v1 pods.</summary>
    public static IKubeResourceClient<Pod> Pods(this IKubeClient client) => client.Resource<Pod>(KubeResources.Pods);

    /// <summary>core/v1 namespaces.</summary>
    public static IKubeResourceClient<Namespace> Namespaces(this IKubeClient client) => client.Resource<Namespace>(KubeResources.Namespaces);

    /// <summary>coordination.k8s.io/v1 leases.</summary>
    public static IKubeResourceClient<Lease> Leases(this IKubeClient client) => client.Resource<Lease>(KubeResources.Leases);

    /// <summary>orleanslife.io/v1 boards.</summary>
    public static IKubeResourceClient<Board> Boards(this IKubeClient client) => client.Resource<Board>(KubeResources.Boards);
}
