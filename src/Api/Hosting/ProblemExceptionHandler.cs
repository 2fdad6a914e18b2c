using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace OrleansLife.Api.Hosting;

/// <summary>Answers one kind of exception with one status and title, the exception's message as the detail.</summary>
/// <typeparam name="TException">The exception handled; any other is left to the next handler.</typeparam>
internal abstract class ProblemExceptionHandler<TException>(IProblemDetailsService problems, int status, string title) : IExceptionHandler
    where TException : Exception
{
    public ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not TException handled) return ValueTask.FromResult(false);
        httpContext.Response.StatusCode = status;
        return problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = handled.Message },
        });
    }
}
