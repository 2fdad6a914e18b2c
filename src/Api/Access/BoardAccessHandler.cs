using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OrleansLife.Api.Access;

/// <summary>
/// Meets a <see cref="BoardAccessRequirement"/> when the cluster says the authenticated caller may use its verb on the
/// board the route names (<c>SubjectAccessReview</c>). Without Kubernetes there is no RBAC, and every change passes.
/// </summary>
internal sealed class BoardAccessHandler(IAccessReviews? reviews = null) : AuthorizationHandler<BoardAccessRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, BoardAccessRequirement requirement)
    {
        if (reviews is null)
        {
            context.Succeed(requirement);
            return;
        }
        // Not authenticated: left unmet, so that the caller is challenged (401) rather than forbidden.
        if (KubeUserClaims.FromPrincipal(context.User) is not { } user) return;
        var http = context.Resource as HttpContext;
        var name = http?.GetRouteValue("name") as string;
        var permission = new BoardPermission(requirement.Verb, reviews.BoardNamespace, name);
        if (await reviews.ReviewAccessAsync(user, permission, http?.RequestAborted ?? default).ConfigureAwait(false))
            context.Succeed(requirement);
        else
            context.Fail(new BoardAccessDenied(this, user.Name, permission));
    }
}
