using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;

namespace OrleansLife.Operator.Client;

/// <summary>
/// The Kubernetes client's counts: API requests by verb (as sent) and by verb and status code (as answered), throttled
/// (429) answers, retries and watch restarts. Counted once, here: the cluster view reads them as properties, and the
/// same counts are published as observable counters on the <c>OrleansLife.Kubernetes</c> meter when a
/// <see cref="IMeterFactory"/> is given.
/// </summary>
public sealed class KubeClientMetrics
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "OrleansLife.Kubernetes";

    /// <summary>The status code of a request that got no answer.</summary>
    public const string NoAnswer = "none";

    private readonly ConcurrentDictionary<string, long> _calls = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Verb, string Code), long> _answers = new();
    private long _throttled;
    private long _retries;
    private long _watchRestarts;

    /// <summary>Creates the counters, publishing them on a meter from <paramref name="meterFactory"/> if given.</summary>
    public KubeClientMetrics(IMeterFactory? meterFactory = null)
    {
        if (meterFactory is null) return;
        var meter = meterFactory.Create(MeterName);
        meter.CreateObservableCounter("orleanslife.kube.api.requests",
            () => _answers.Select(c => new Measurement<long>(c.Value,
                new KeyValuePair<string, object?>("verb", c.Key.Verb), new KeyValuePair<string, object?>("code", c.Key.Code))),
            "{request}", "Kubernetes API requests answered (or failed without an answer), retries included, by verb and status code.");
        meter.CreateObservableCounter("orleanslife.kube.api.throttled", () => Throttled, "{response}", "Answers with 429 Too Many Requests.");
        meter.CreateObservableCounter("orleanslife.kube.api.retries", () => Retries, "{request}", "Requests retried after a retryable failure.");
        meter.CreateObservableCounter("orleanslife.kube.watch.restarts", () => WatchRestarts, "{watch}",
            "Watches re-established after a drop, a timeout or a 410, not counting the first.");
    }

    /// <summary>API requests sent, including retries, by verb (<c>get</c>, <c>list</c>, <c>watch</c>, <c>create</c>, …).</summary>
    public IReadOnlyDictionary<string, long> CallsByVerb => new Dictionary<string, long>(_calls, StringComparer.Ordinal);

    /// <summary>API requests answered, by verb and status code (<c>create/201</c>, <c>get/404</c>, <c>list/none</c>, …).</summary>
    public IReadOnlyDictionary<string, long> AnswersByVerbAndCode =>
        _answers.ToDictionary(c => $"{c.Key.Verb}/{c.Key.Code}", c => c.Value, StringComparer.Ordinal);

    /// <summary>Answers with status 429 Too Many Requests.</summary>
    public long Throttled => Interlocked.Read(ref _throttled);

    /// <summary>Attempts repeated after a retryable failure.</summary>
    public long Retries => Interlocked.Read(ref _retries);

    /// <summary>Watches re-established (after a drop, timeout or 410), not counting the first.</summary>
    public long WatchRestarts => Interlocked.Read(ref _watchRestarts);

    internal void RecordCall(string verb) => _calls.AddOrUpdate(verb, 1, static (_, count) => count + 1);

    internal void RecordAnswer(string verb, int statusCode) => RecordAnswer(verb, statusCode.ToString(CultureInfo.InvariantCulture));

    internal void RecordAnswer(string verb, string code) => _answers.AddOrUpdate((verb, code), 1, static (_, count) => count + 1);

    internal void RecordThrottled() => Interlocked.Increment(ref _throttled);

    internal void RecordRetry() => Interlocked.Increment(ref _retries);

    /// <summary>Counts a watch re-established by a caller's own loop (the informer records its own).</summary>
    public void RecordWatchRestart() => Interlocked.Increment(ref _watchRestarts);
}
