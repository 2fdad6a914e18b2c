namespace OrleansLife.Api.Cluster;

/// <summary>The body of <c>GET /api/cluster</c>: the silos, and the samples of the last interval × capacity, oldest first.</summary>
/// <param name="At">When the answer was made.</param>
/// <param name="KubernetesConnected">Whether the samples carry Kubernetes figures.</param>
public sealed record ClusterResponse(
    DateTimeOffset At,
    int IntervalMilliseconds,
    int Capacity,
    IReadOnlyList<SiloStatus> Silos,
    bool KubernetesConnected,
    IReadOnlyList<ClusterSample> Samples);
