using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OrleansLife.Api.Cluster;
using OrleansLife.Runtime;

namespace OrleansLife.Api.Apis;

/// <summary><c>GET /api/cluster</c>: the silos and the last samples of their runtime, for the dashboard's cluster view.</summary>
public static class ClusterApi
{
    /// <summary>What <see cref="SiloStatus.Status"/> says of a silo that is answering.</summary>
    public const string ActiveStatus = "active";

    public static RouteHandlerBuilder MapClusterApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/cluster", Get).WithTags("Cluster").WithName("GetCluster")
            .WithSummary("The silos, and one sample of their runtime per interval (default: every second, the last 100), oldest first.");

    private static Ok<ClusterResponse> Get(
        ClusterHistory history, SiloRuntime runtime, IOptions<ClusterSamplerOptions> options, TimeProvider time, IServiceProvider services)
    {
        var now = time.GetUtcNow();
        var samples = history.Samples;
        var role = services.GetService<ISiloRole>()?.Read() ?? SiloRole.Alone;
        SiloStatus[] silos =
        [
            new(runtime.Address.ToString(), ActiveStatus, runtime.StartedAt, (now - runtime.StartedAt).TotalSeconds, role.Role, role.Leader),
        ];
        return TypedResults.Ok(new ClusterResponse(now, (int)options.Value.Interval.TotalMilliseconds, history.Capacity, silos,
            samples.Count > 0 && samples[^1].Kubernetes is not null, samples));
    }
}
