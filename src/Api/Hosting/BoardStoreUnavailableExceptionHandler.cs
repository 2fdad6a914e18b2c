using Microsoft.AspNetCore.Http;
using OrleansLife.Grains.Boards.Catalog;

namespace OrleansLife.Api.Hosting;

/// <summary>
/// Answers a change the boards' store could not take (the Kubernetes API down, or refusing the silo) with 503: the
/// request was fine and nothing was changed, so trying again later can work.
/// </summary>
internal sealed class BoardStoreUnavailableExceptionHandler(IProblemDetailsService problems)
    : ProblemExceptionHandler<BoardStoreUnavailableException>(
        problems, StatusCodes.Status503ServiceUnavailable, "The boards' store is unavailable; nothing was changed.");
