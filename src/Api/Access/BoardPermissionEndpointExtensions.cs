using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace OrleansLife.Api.Access;

/// <summary>Marks an endpoint as a change to boards that needs a verb, and says so in the OpenAPI document.</summary>
public static class BoardPermissionEndpointExtensions
{
    public static RouteHandlerBuilder RequireBoardPermission(this RouteHandlerBuilder endpoint, string verb) => endpoint
        .RequireAuthorization(BoardVerbs.Policy(verb))
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status403Forbidden);
}
