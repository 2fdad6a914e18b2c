using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OrleansLife.Api.Cluster;

namespace OrleansLife.Api.Apis;

/// <summary>
/// <c>GET /api/health</c>: 200 when this silo plays the boards (it leads, or runs without Kubernetes), else 503; it tells
/// a client which silo can change boards. <c>GET /api/health/live</c>: 200 from every silo that answers at all (the web
/// server starts after the Orleans silo), for Kubernetes' startup, liveness and readiness probes (deploy/silo).
/// </summary>
public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/health", Get).WithTags("Cluster").WithName("GetHealth")
            .WithSummary("Whether this silo plays the boards: 200 when it leads (or runs without Kubernetes), 503 when it stands by.")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        // A standby is alive and serves reads; probing /api/health instead would leave all silos but one unready, which
        // stalls rollouts and blocks node drains under a disruption budget.
        app.MapGet("/api/health/live", Live).WithTags("Cluster").WithName("GetLiveness")
            .WithSummary("200 with this silo's role from every silo that has started, whether it leads or stands by.");
        return app;
    }

    private static Ok<SiloRole> Live(IServiceProvider services) => TypedResults.Ok(services.GetService<ISiloRole>()?.Read() ?? SiloRole.Alone);

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
