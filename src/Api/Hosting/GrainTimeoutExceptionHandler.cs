using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace OrleansLife.Api.Hosting;

/// <summary>
/// Answers a grain call that timed out (a long step on a large board) with 504 rather than a bare 500: the request
/// was fine, the silo was too slow, and the board may well finish the work after all.
/// </summary>
internal sealed class GrainTimeoutExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not TimeoutException timeout) return ValueTask.FromResult(false);
        httpContext.Response.StatusCode = StatusCodes.Status504GatewayTimeout;
        return problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status504GatewayTimeout,
                Title = "The grain did not answer in time.",
                Detail = timeout.Message,
            },
        });
    }
}
