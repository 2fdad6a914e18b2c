namespace OrleansLife.Api.Cluster;

/// <summary>One request/response grain method during one sample interval.</summary>
/// <param name="Method">The method's wire name, such as <c>board.step</c>.</param>
/// <param name="AverageLatencyMilliseconds">Mean latency of the calls that completed in the interval; null when none did.</param>
public sealed record MethodSample(string Method, double CallsPerSecond, double ErrorsPerSecond, double? AverageLatencyMilliseconds);
