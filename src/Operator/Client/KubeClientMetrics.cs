using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace OrleansLife.Operator.Client;

/// <summary>
/// Counters for the dashboard: API calls by verb, throttled (429) answers, retries and watch restarts. Readable
/// as properties, and published as observable counters on the <c>OrleansLife.Kubernetes</c> meter when a
/// <see cref="IMeterFactory"/> is given.
/// </summary>
public sealed class KubeClientMetrics
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "OrleansLife.Kubernetes";

    private readonly ConcurrentDictionary<string, long> _calls = new(StringComparer.Ordinal);
    private long _throttled;
    private long _retries;
    private long _watchRestarts;

    /// <summary>Creates the counters, publishing them on a meter from <paramref name="meterFactory"/> if given.</summary>
    public KubeClientMetrics(IMeterFactory? meterFactory = null)
    {
        if (meterFactory is null) return;
        var meter = meterFactory.Create(MeterName);
        meter.CreateObservableCounter("kube.api.calls",
            () => _calls.Select(c => new Measurement<long>(c.Value, new KeyValuePair<string, object?>("verb", c.Key))),
            description: "API requests sent, including retries, by verb.");
        meter.CreateObservableCounter("kube.api.throttled", () => Throttled, description: "429 answers.");
        meter.CreateObservableCounter("kube.api.retries", () => Retries, description: "Requests retried.");
        meter.CreateObservableCounter("kube.watch.restarts", () => WatchRestarts, description: "Watches re-established.");
    }

    /// <summary>API requests sent, including retries, by verb (<c>get</c>, <c>list</c>, <c>watch</c>, <c>create</c>, …).</summary>
    public IReadOnlyDictionary<string, long> CallsByVerb => new Dictionary<string, long>(_calls, StringComparer.Ordinal);

    /// <summary>Answers with status 429 Too Many Requests.</summary>
    public long Throttled => Interlocked.Read(ref _throttled);

    /// <summary>Attempts repeated after a retryable failure.</summary>
    public long Retries => Interlocked.Read(ref _retries);

    /// <summary>Watches re-established (after a drop, timeout or 410), not counting the first.</summary>
    public long WatchRestarts => Interlocked.Read(ref _watchRestarts);

    internal void RecordCall(string verb) => _calls.AddOrUpdate(verb, 1, static (_, count) => count + 1);

    internal void RecordThrottled() => Interlocked.Increment(ref _throttled);

    internal void RecordRetry() => Interlocked.Increment(ref _retries);

    /// <summary>Counts a watch re-established by a caller's own loop (the informer records its own).</summary>
    public void RecordWatchRestart() => Interlocked.Increment(ref _watchRestarts);
}
