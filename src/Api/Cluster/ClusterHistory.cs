using OrleansLife.Runtime.Statistics;

namespace OrleansLife.Api.Cluster;

/// <summary>
/// The last <see cref="Capacity"/> samples of this silo's runtime. The runtime keeps running totals; each reading of
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

    /// <summary>Records the totals read at <paramref name="at"/>, <paramref name="elapsed"/> after the previous reading.</summary>
    /// <returns>The new sample, or null for the first reading, which has nothing to compute rates against.</returns>
    public ClusterSample? Record(DateTimeOffset at, TimeSpan elapsed, RuntimeStatisticsSnapshot runtime, KubernetesApiTotals? kubernetes)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        lock (_lock)
        {
            var previous = _previous;
            _previous = new Reading(runtime, kubernetes);
            if (previous is null) return null;

            var seconds = elapsed.TotalSeconds;
            var sample = new ClusterSample(at, runtime.Activations, runtime.ActivationsByType,
                PerSecond(runtime.MessagesDelivered - previous.Runtime.MessagesDelivered, seconds),
                runtime.QueuedMessages, runtime.LongestQueue, runtime.PendingCalls,
                Methods(previous.Runtime.CallsByMethod, runtime.CallsByMethod, seconds),
                kubernetes is null ? null : Kubernetes(previous.Kubernetes, kubernetes, seconds));
            if (_samples.Count == Capacity) _samples.Dequeue();
            _samples.Enqueue(sample);
            return sample;
        }
    }

    private static MethodSample[] Methods(IReadOnlyList<MethodStatisticsSnapshot> before, IReadOnlyList<MethodStatisticsSnapshot> now, double seconds)
    {
        var earlier = before.ToDictionary(method => method.Method, StringComparer.Ordinal);
        return [.. now.Select(method =>
        {
            earlier.TryGetValue(method.Method, out var then);
            var calls = method.Calls - (then?.Calls ?? 0);
            // The runtime keeps an average over all calls; the latency of this interval's calls comes from the change in their sum.
            var latencyTicks = TotalLatencyTicks(method) - (then is null ? 0 : TotalLatencyTicks(then));
            return new MethodSample(method.Method, PerSecond(calls, seconds), PerSecond(method.Failures - (then?.Failures ?? 0), seconds),
                calls > 0 ? Math.Max(0, latencyTicks) / (double)calls / TimeSpan.TicksPerMillisecond : null);
        })];
    }

    private static KubernetesSample Kubernetes(KubernetesApiTotals? before, KubernetesApiTotals now, double seconds) => new(
        PerSecond(now.Calls - (before?.Calls ?? 0), seconds),
        PerSecond(now.Throttled - (before?.Throttled ?? 0), seconds),
        now.Throttled,
        now.WatchRestarts);

    private static double TotalLatencyTicks(MethodStatisticsSnapshot method) => (double)method.AverageLatency.Ticks * method.Calls;

    // A total that went down was reset (a source replaced); that interval counts as quiet rather than negative.
    private static double PerSecond(long delta, double seconds) => seconds > 0 && delta > 0 ? delta / seconds : 0;

    private sealed record Reading(RuntimeStatisticsSnapshot Runtime, KubernetesApiTotals? Kubernetes);
}
