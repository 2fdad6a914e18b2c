namespace OrleansLife.Operator.Events;

/// <summary>How the operator records Kubernetes Events: as whom, how many it keeps queued, and how fast one object may emit them.</summary>
public sealed class EventRecorderOptions
{
    /// <summary>The configuration section the options bind from.</summary>
    public const string SectionName = "Events";

    /// <summary>The <c>source.component</c> of every event, which <c>kubectl describe</c> shows as From. Default <c>orleanslife</c>.</summary>
    public string Component { get; set; } = "orleanslife";

    /// <summary>Events waiting to be written; past that new ones are dropped, so that recording never waits. Default 1,000.</summary>
    public int QueueCapacity { get; set; } = 1000;

    /// <summary>Events one object may emit at once before the spam filter holds it back (client-go: 25). Default 25.</summary>
    public int Burst { get; set; } = 25;

    /// <summary>How often one object earns another event once its burst is spent (client-go: 1 per 5 min). Default 5 min.</summary>
    public TimeSpan RefillInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Different messages with the same reason about one object within <see cref="AggregationInterval"/> after which they
    /// are combined into one event "(combined from similar events): …" (client-go: 10). Default 10.
    /// </summary>
    public int MaxSimilarEvents { get; set; } = 10;

    /// <summary>How long similar events keep counting towards <see cref="MaxSimilarEvents"/> (client-go: 10 min). Default 10 min.</summary>
    public TimeSpan AggregationInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Attempts at writing one event while the API server cannot be reached or fails, beyond the client's own quick
    /// retries (client-go: 12); an event the server refuses for another reason is not tried again. Default 12.
    /// </summary>
    public int MaxWriteAttempts { get; set; } = 12;

    /// <summary>The wait between two attempts at writing one event (client-go: 10 s). Default 10 s.</summary>
    public TimeSpan WriteRetryInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Events and objects remembered for aggregation and the spam filter; the oldest go first (client-go: 4,096). Default 4,096.</summary>
    public int CacheSize { get; set; } = 4096;
}
