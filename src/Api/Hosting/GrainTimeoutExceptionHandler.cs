using Microsoft.AspNetCore.Http;

namespace OrleansLife.Api.Hosting;

/// <summary>
/// Answers a grain call that timed out (a long step on a large board) with 504 rather than a bare 500: the request
/// was fine, the silo was too slow, and the board may well finish the work after all.
/// </summary>
internal sealed class GrainTimeoutExceptionHandler(IProblemDetailsService problems)
    : ProblemExceptionHandler<TimeoutException>(problems, StatusCodes.Status504GatewayTimeout, "The grain did not answer in time.");
