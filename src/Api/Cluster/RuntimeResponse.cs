namespace OrleansLife.Api.Cluster;

/// <summary>The body of <c>GET /api/runtime</c>: the Orleans cluster's silos, and its activations in all and by grain type.</summary>
public sealed record RuntimeResponse(IReadOnlyList<SiloStatus> Silos, long Activations, IReadOnlyDictionary<string, long> ActivationsByType);
