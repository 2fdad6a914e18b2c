namespace OrleansLife.Api.Cluster;

/// <summary>
/// The cluster at the end of one sample interval: its activations as they were then, and the Kubernetes API rates as
/// averages per second over the interval. Messages, queues and method calls are the Orleans dashboard's to show.
/// </summary>
/// <param name="At">When the sample was taken.</param>
/// <param name="ActivationsByType">Activations by grain type (<c>cell</c>, <c>board</c>, …).</param>
/// <param name="Kubernetes">Null when no <see cref="IKubernetesApiCounters"/> is registered.</param>
public sealed record ClusterSample(
    DateTimeOffset At,
    long Activations,
    IReadOnlyDictionary<string, long> ActivationsByType,
    KubernetesSample? Kubernetes);
