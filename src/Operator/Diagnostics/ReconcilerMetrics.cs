using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using OrleansLife.Operator.Reconciliation;

namespace OrleansLife.Operator.Diagnostics;

/// <summary>
/// Counters of the board pod reconciler, for the dashboard and benchmarks: pod writes by verb and outcome, and how
/// long a generation took from being asked for to its pods all existing. Readable as properties, and published on
/// the <c>OrleansLife.Operator</c> meter when a <see cref="IMeterFactory"/> is given, with gauges of each board's pods
/// and lag and of the work queue, read from the reconciler when collected.
/// </summary>
public sealed class ReconcilerMetrics
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "OrleansLife.Operator";

    private readonly ConcurrentDictionary<(string Verb, string Outcome), long> _writes = new();
    private readonly Counter<long>? _writeCounter;
    private readonly Histogram<double>? _latency;
    private Func<ReconcilerReading>? _read;
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
        meter.CreateObservableGauge("orleanslife.operator.pods.desired", () => PerBoard(board => board.PodsDesired), "{pod}",
            "Pods the board's newest generation calls for, by board.");
        meter.CreateObservableGauge("orleanslife.operator.pods.existing", () => PerBoard(board => board.PodsExisting), "{pod}",
            "Pods of the board that exist and are not terminating, by board.");
        meter.CreateObservableGauge("orleanslife.operator.pods.running", () => PerBoard(board => board.PodsRunning), "{pod}",
            "Pods of the board in phase Running, by board.");
        meter.CreateObservableGauge("orleanslife.operator.lag", () => PerBoard(board => board.LagGenerations), "{generation}",
            "Generations between the board's newest and the newest its pods show in full, by board.");
        meter.CreateObservableGauge("orleanslife.operator.queue.length", () => (long)(_read?.Invoke().Queued ?? 0), "{pod}",
            "Pods waiting for the reconciler to look at them again.");
        meter.CreateObservableGauge("orleanslife.operator.writes.in_flight", () => (long)(_read?.Invoke().InFlight ?? 0), "{request}",
            "Pod writes sent and not yet answered.");
    }

    /// <summary>Where the gauges read the reconciler's state; a later reconciler replaces an earlier one.</summary>
    internal void Observe(Func<ReconcilerReading> read) => _read = read;

    private IEnumerable<Measurement<long>> PerBoard(Func<BoardPodStatus, long> value) =>
        _read?.Invoke().Boards.Select(board => new Measurement<long>(value(board), new KeyValuePair<string, object?>("board", board.Board))) ?? [];

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
