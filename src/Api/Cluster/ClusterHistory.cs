namespace OrleansLife.Api.Cluster;

/// <summary>
/// The last <see cref="Capacity"/> samples of the cluster. The Kubernetes client keeps running totals; each reading of
/// them becomes a sample of rates against the reading before, so the very first reading only sets the baseline.
/// </summary>
public sealed class ClusterHistory
{
    private readonly Lock _lock = new();
    private readonly Queue<ClusterSample> _samples;
    private Reading? _previous;

    public ClusterHistory(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        _samples = new Queue<ClusterSample>(capacity);
    }

    /// <summary>Most samples kept; recording one more drops the oldest.</summary>
    public int Capacity { get; }

    /// <summary>The samples kept, oldest first.</summary>
    public IReadOnlyList<ClusterSample> Samples
    {
        get
        {
            lock (_lock) return [.. _samples];
        }
    }

    /// <summary>Records the cluster read at <paramref name="at"/>, <paramref name="elapsed"/> after the previous reading.</summary>
    /// <returns>The new sample, or null for the first reading, which has nothing to compute rates against.</returns>
    public ClusterSample? Record(DateTimeOffset at, TimeSpan elapsed, GrainCounts grains, KubernetesApiTotals? kubernetes)
    {
        ArgumentNullException.ThrowIfNull(grains);
        lock (_lock)
        {
            var previous = _previous;
            _previous = new Reading(kubernetes);
            if (previous is null) return null;

            var sample = new ClusterSample(at, grains.Activations, grains.ActivationsByType,
                kubernetes is null ? null : Kubernetes(previous.Kubernetes, kubernetes, elapsed.TotalSeconds));
            if (_samples.Count == Capacity) _samples.Dequeue();
            _samples.Enqueue(sample);
            return sample;
        }
    }

    private static KubernetesSample Kubernetes(KubernetesApiTotals? before, KubernetesApiTotals now, double seconds) => new(
        PerSecond(now.Calls - (before?.Calls ?? 0), seconds),
        PerSecond(now.Throttled - (before?.Throttled ?? 0), seconds),
        now.Throttled,
        now.WatchRestarts);

    // A total that went down was reset (a source replaced); that interval counts as quiet rather than negative.
    private static double PerSecond(long delta, double seconds) => seconds > 0 && delta > 0 ? delta / seconds : 0;

    private sealed record Reading(KubernetesApiTotals? Kubernetes);
}
