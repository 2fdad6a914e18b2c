namespace OrleansLife.Api.Cluster;

/// <summary>Counts of this silo's dealings with the Kubernetes API since it started.</summary>
/// <param name="Calls">Requests sent, retries included.</param>
/// <param name="Throttled">Answers with 429 Too Many Requests.</param>
/// <param name="WatchRestarts">Watches re-established after a drop, a timeout or a 410, not counting the first.</param>
public sealed record KubernetesApiTotals(long Calls, long Throttled, long WatchRestarts);
