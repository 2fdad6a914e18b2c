namespace OrleansLife.Api.Cluster;

/// <summary>
/// The silo's runtime at the end of one sample interval: levels (activations, queues) as they were then, rates as
/// averages per second over the interval.
/// </summary>
/// <param name="At">When the sample was taken.</param>
/// <param name="ActivationsByType">Activations by grain type (<c>cell</c>, <c>board</c>, …).</param>
/// <param name="MessagesPerSecond">Messages delivered to activations, one-way messages included.</param>
/// <param name="QueuedMessages">Messages waiting in all mailboxes together.</param>
/// <param name="LongestQueue">The longest single mailbox.</param>
/// <param name="PendingCalls">Calls sent and not yet answered.</param>
/// <param name="Methods">Every request/response method called since the silo started, by name.</param>
/// <param name="Kubernetes">Null when no <see cref="IKubernetesApiCounters"/> is registered.</param>
public sealed record ClusterSample(
    DateTimeOffset At,
    long Activations,
    IReadOnlyDictionary<string, long> ActivationsByType,
    double MessagesPerSecond,
    long QueuedMessages,
    int LongestQueue,
    long PendingCalls,
    IReadOnlyList<MethodSample> Methods,
    KubernetesSample? Kubernetes);
