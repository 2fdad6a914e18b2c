using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using OrleansLife.Api.Cluster;

namespace OrleansLife.Api.Apis;

/// <summary><c>GET /api/cluster</c>: the silos and the last samples of their runtime, for the dashboard's cluster view.</summary>
public static class ClusterApi
{
    public static RouteHandlerBuilder MapClusterApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/cluster", GetAsync).WithTags("Cluster").WithName("GetCluster")
            .WithSummary("The Orleans silos, and one sample of the cluster per interval (default: every second, the last 100), oldest first.");

    private static async Task<Ok<ClusterResponse>> GetAsync(
        ClusterHistory history, ClusterReader cluster, IOptions<ClusterSamplerOptions> options, TimeProvider time)
    {
        var now = time.GetUtcNow();
        var samples = history.Samples;
        var silos = await cluster.ReadSilosAsync().ConfigureAwait(false);
        return TypedResults.Ok(new ClusterResponse(now, (int)options.Value.Interval.TotalMilliseconds, history.Capacity, silos,
            samples.Count > 0 && samples[^1].Kubernetes is not null, samples));
    }
}
