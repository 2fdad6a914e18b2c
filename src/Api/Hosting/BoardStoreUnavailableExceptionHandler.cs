using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using OrleansLife.Grains.Boards.Catalog;

namespace OrleansLife.Api.Hosting;

/// <summary>
/// Answers a change the boards' store could not take (the Kubernetes API down, or refusing the silo) with 503: the
/// request was fine and nothing was changed, so trying again later can work.
/// </summary>
internal sealed class BoardStoreUnavailableExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BoardStoreUnavailableException unavailable) return ValueTask.FromResult(false);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The boards' store is unavailable; nothing was changed.",
                Detail = unavailable.Message,
            },
        });
    }
}
