namespace OrleansLife.Api.Cluster;

/// <summary>The cluster's activations as Orleans counts them: in all, and by grain type (<c>cell</c>, <c>board</c>, …).</summary>
public sealed record GrainCounts(long Activations, IReadOnlyDictionary<string, long> ActivationsByType);
