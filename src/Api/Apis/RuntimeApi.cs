using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrleansLife.Runtime;
using OrleansLife.Runtime.Statistics;

namespace OrleansLife.Api.Apis;

/// <summary><c>GET /api/runtime</c>: this silo's grain runtime in numbers, for the dashboard.</summary>
public static class RuntimeApi
{
    public static RouteHandlerBuilder MapRuntimeApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/runtime", Get).WithTags("Runtime").WithName("GetRuntime")
            .WithSummary("Activations, messages, queues and call latencies of this silo's grain runtime.");

    private static Ok<RuntimeStatisticsSnapshot> Get(SiloRuntime runtime) => TypedResults.Ok(runtime.GetStatistics());
}
