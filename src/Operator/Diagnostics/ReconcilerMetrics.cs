using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace OrleansLife.Operator.Diagnostics;

/// <summary>
/// Counters of the board pod reconciler, for the dashboard and benchmarks: pod writes by verb and outcome, and how
/// long a generation took from being asked for to its pods all existing. Readable as properties, and published on
/// the <c>OrleansLife.Operator</c> meter when a <see cref="IMeterFactory"/> is given.
/// </summary>
public sealed class ReconcilerMetrics
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "OrleansLife.Operator";

    private readonly ConcurrentDictionary<(string Verb, string Outcome), long> _writes = new();
    private readonly Counter<long>? _writeCounter;
    private readonly Histogram<double>? _latency;
    private long _generations;
    private long _latencyTicks;
    private long _lastLatencyTicks;

    /// <summary>Creates the counters, publishing them on a meter from <paramref name="meterFactory"/> if given.</summary>
    public ReconcilerMetrics(IMeterFactory? meterFactory = null)
    {
        if (meterFactory is null) return;
        var meter = meterFactory.Create(MeterName);
        _writeCounter = meter.CreateCounter<long>("orleanslife.operator.pod.writes", description: "Pod creates and deletes sent, by verb and outcome.");
        _latency = meter.CreateHistogram<double>("orleanslife.operator.generation.latency", unit: "ms",
            description: "Time from a generation being asked for to its pods all existing.");
    }

    /// <summary>Pod writes the reconciler sent, by verb (<c>create</c>, <c>delete</c>); the client's own retries of a
    /// throttled request are not counted here, but in the Kubernetes client's metrics.</summary>
    public IReadOnlyDictionary<string, long> WritesByVerb =>
        _writes.GroupBy(w => w.Key.Verb).ToDictionary(g => g.Key, g => g.Sum(w => w.Value), StringComparer.Ordinal);

    /// <summary>Pod writes by verb and outcome: <c>create/created</c>, <c>create/already-exists</c>,
    /// <c>delete/deleted</c>, <c>delete/not-found</c>, <c>delete/conflict</c>, <c>*/failed</c>.</summary>
    public IReadOnlyDictionary<string, long> WritesByOutcome =>
        _writes.ToDictionary(w => $"{w.Key.Verb}/{w.Key.Outcome}", w => w.Value, StringComparer.Ordinal);

    /// <summary>Generations whose pods all came to exist (skipped generations are not counted).</summary>
    public long GenerationsReflected => Interlocked.Read(ref _generations);

    /// <summary>The mean time from asking for a generation to its pods all existing.</summary>
    public TimeSpan MeanGenerationLatency =>
        GenerationsReflected == 0 ? TimeSpan.Zero : TimeSpan.FromTicks(Interlocked.Read(ref _latencyTicks) / GenerationsReflected);

    /// <summary>That time for the most recent generation.</summary>
    public TimeSpan LastGenerationLatency => TimeSpan.FromTicks(Interlocked.Read(ref _lastLatencyTicks));

    /// <summary>Writes of one verb with one outcome.</summary>
    public long Writes(string verb, string outcome) => _writes.GetValueOrDefault((verb, outcome));

    internal void RecordWrite(string verb, string outcome)
    {
        _writes.AddOrUpdate((verb, outcome), 1, static (_, count) => count + 1);
        _writeCounter?.Add(1, new KeyValuePair<string, object?>("verb", verb), new KeyValuePair<string, object?>("outcome", outcome));
    }

    internal void RecordGeneration(TimeSpan latency)
    {
        Interlocked.Increment(ref _generations);
        Interlocked.Add(ref _latencyTicks, latency.Ticks);
        Interlocked.Exchange(ref _lastLatencyTicks, latency.Ticks);
        _latency?.Record(latency.TotalMilliseconds);
    }
}
