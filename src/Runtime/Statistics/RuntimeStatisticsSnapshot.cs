namespace OrleansLife.Runtime.Statistics;

/// <summary>A silo's runtime at one moment: what the dashboard shows about grains.</summary>
public sealed record RuntimeStatisticsSnapshot(
    string Silo,
    DateTimeOffset StartedAt,
    long Activations,
    IReadOnlyDictionary<string, long> ActivationsByType,
    long MessagesDelivered,
    long QueuedMessages,
    int LongestQueue,
    long PendingCalls,
    IReadOnlyList<MethodStatisticsSnapshot> CallsByMethod);
