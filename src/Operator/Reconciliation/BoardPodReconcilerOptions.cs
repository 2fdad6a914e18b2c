namespace OrleansLife.Operator.Reconciliation;

/// <summary>How hard the reconciler may write, how many pods it may make, and how it recovers from failures.</summary>
public sealed class BoardPodReconcilerOptions
{
    /// <summary>The configuration section the options bind from.</summary>
    public const string SectionName = "BoardPodReconciler";

    /// <summary>Pod creates and deletes in flight at once, on top of the client's own rate limit. Default 16.</summary>
    public int MaxConcurrentWrites { get; set; } = 16;

    /// <summary>
    /// Pod creates and deletes started per second at most, after a burst of <see cref="WriteBurst"/>; null (the default)
    /// leaves the client's rate limit alone in charge. Each write is decided when the budget lets it go, against the
    /// board's newest generation: a board that changes faster than this has its pods follow its newest generation, and a
    /// cell that was born and died between two looks never gets a pod (client-go's controller work queues keep such an
    /// overall bucket too). A board someone waits on, in lockstep, is not held back. The embedded emulator shares the
    /// silo's cores, so the silo gives it a budget.
    /// </summary>
    public double? MaxWritesPerSecond { get; set; }

    /// <summary>Writes that may start at once before <see cref="MaxWritesPerSecond"/> applies. Default 100.</summary>
    public int WriteBurst { get; set; } = 100;

    /// <summary>The most pods one board may have; a generation with more live cells is refused. Default 500.</summary>
    public int MaxPodsPerBoard { get; set; } = 500;

    /// <summary>The most cell pods of all boards together in the namespace. Default 2000.</summary>
    public int MaxPodsPerNamespace { get; set; } = 2000;

    /// <summary>Scale of the first retry of a failed write, doubled per failure, with jitter. Default 200 ms.</summary>
    public TimeSpan RetryInitialDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Cap on the delay before retrying a failed write, including a server's Retry-After. Default 30 s.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Scale of the informer's backoff after a failed list or watch. Default 1 s.</summary>
    public TimeSpan WatchRetryInitialDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Cap on the informer's backoff. Default 30 s.</summary>
    public TimeSpan WatchRetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a completed write is trusted before the watch confirms it. Writes are normally confirmed within
    /// milliseconds; this only bounds the case where a re-list skips the confirming event. Default 5 minutes, as
    /// controller-runtime's expectations.
    /// </summary>
    public TimeSpan ExpectationTimeout { get; set; } = TimeSpan.FromMinutes(5);
}
