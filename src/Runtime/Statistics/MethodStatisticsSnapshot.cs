namespace OrleansLife.Runtime.Statistics;

/// <summary>Totals of one request/response grain method since the silo started.</summary>
public sealed record MethodStatisticsSnapshot(string Method, long Calls, long Failures, TimeSpan AverageLatency);
