using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;

namespace OrleansLife.Api.Access;

/// <summary>Turns a refused permission into a 403 problem that names it; everything else goes the default way.</summary>
internal sealed class ProblemAuthorizationResultHandler(AccessProblems problems) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        var denied = authorizeResult.Forbidden
            ? authorizeResult.AuthorizationFailure?.FailureReasons.OfType<BoardAccessDenied>().FirstOrDefault()
            : null;
        return denied is null ? _default.HandleAsync(next, context, policy, authorizeResult) : problems.WriteForbiddenAsync(context, denied);
    }
}
