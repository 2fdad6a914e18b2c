using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace OrleansLife.Api.Access;

/// <summary>The problem details of a change refused for want of a valid token (401) or of a permission (403).</summary>
internal sealed class AccessProblems(IProblemDetailsService problems)
{
    private const string TokenHint = "Send 'Authorization: Bearer <token>' with the token of a Kubernetes user allowed to change boards "
        + "(on a cluster: kubectl create token <serviceaccount>; with the embedded emulator: the token in .orleanslife/kubeconfig).";

    public Task WriteUnauthorizedAsync(HttpContext context, string? failure)
    {
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return WriteAsync(context, new ProblemDetails
        {
            Status = StatusCodes.Status401Unauthorized,
            Title = failure is null ? "Changing boards needs a bearer token." : "The bearer token was not accepted.",
            Detail = failure is null ? TokenHint : $"{failure} {TokenHint}",
        });
    }

    public Task WriteForbiddenAsync(HttpContext context, BoardAccessDenied denied)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        var permission = denied.Permission;
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status403Forbidden,
            Title = "The caller may not make this change.",
            Detail = denied.Message,
        };
        problem.Extensions["user"] = denied.User;
        problem.Extensions["verb"] = permission.Verb;
        problem.Extensions["group"] = BoardPermission.Group;
        problem.Extensions["resource"] = BoardPermission.Resource;
        problem.Extensions["namespace"] = permission.Namespace;
        if (permission.Name is not null) problem.Extensions["name"] = permission.Name;
        return WriteAsync(context, problem);
    }

    private async Task WriteAsync(HttpContext context, ProblemDetails problem)
    {
        if (!await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }).ConfigureAwait(false))
        {
            // A client that accepts no JSON still learns why.
            await context.Response.WriteAsync(problem.Detail ?? problem.Title ?? "", context.RequestAborted).ConfigureAwait(false);
        }
    }
}
