using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrleansLife.Api.Cluster;

namespace OrleansLife.Api.Apis;

/// <summary><c>GET /api/runtime</c>: the Orleans cluster in numbers: its silos and its activations by grain type.</summary>
public static class RuntimeApi
{
    public static RouteHandlerBuilder MapRuntimeApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/runtime", GetAsync).WithTags("Runtime").WithName("GetRuntime")
            .WithSummary("The Orleans cluster's silos (address, status, uptime, activations) and its activations by grain type.");

    private static async Task<Ok<RuntimeResponse>> GetAsync(ClusterReader cluster)
    {
        var (silos, grains) = await cluster.ReadAsync().ConfigureAwait(false);
        return TypedResults.Ok(new RuntimeResponse(silos, grains.Activations, grains.ActivationsByType));
    }
}
