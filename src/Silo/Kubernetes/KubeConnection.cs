namespace OrleansLife.Silo.Kubernetes;

/// <summary>What the silo connected its boards to, for its log and its cluster view.</summary>
/// <param name="Mode">The mode chosen: <see cref="KubeMode.Emulator"/>, <see cref="KubeMode.Cluster"/> or <see cref="KubeMode.None"/>.</param>
/// <param name="Server">The API server's address; null without Kubernetes, or in a cluster until the client connects.</param>
/// <param name="KubeconfigPath">The kubeconfig written for kubectl, in emulator mode.</param>
public sealed record KubeConnection(KubeMode Mode, Uri? Server, string? KubeconfigPath);
