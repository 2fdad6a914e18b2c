namespace OrleansLife.Api.Cluster;

/// <summary>The Kubernetes API as this silo saw it during one sample interval.</summary>
/// <param name="Throttled">429 answers since the silo started.</param>
/// <param name="WatchRestarts">Watches re-established since the silo started.</param>
public sealed record KubernetesSample(double ApiCallsPerSecond, double ThrottledPerSecond, long Throttled, long WatchRestarts);
