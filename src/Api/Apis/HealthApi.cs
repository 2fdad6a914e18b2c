using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OrleansLife.Api.Cluster;

namespace OrleansLife.Api.Apis;

/// <summary>
/// <c>GET /api/health</c>: 200 when this silo plays the boards (it leads, or runs without Kubernetes), else 503. As a
/// readiness probe it sends a Service's traffic to the leader alone, the one silo that can change boards.
/// </summary>
public static class HealthApi
{
    public static RouteHandlerBuilder MapHealthApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/health", Get).WithTags("Cluster").WithName("GetHealth")
            .WithSummary("Whether this silo plays the boards: 200 when it leads (or runs without Kubernetes), 503 when it stands by.")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    private static Results<Ok<SiloRole>, ProblemHttpResult> Get(IServiceProvider services)
    {
        var role = services.GetService<ISiloRole>()?.Read() ?? SiloRole.Alone;
        if (role.PlaysBoards) return TypedResults.Ok(role);
        var leader = role.Leader is { } name ? $"silo {name} leads them" : "no silo leads them yet";
        return TypedResults.Problem(
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "This silo does not play the boards now.",
            detail: $"It is {role.Role}; {leader}.");
    }
}
