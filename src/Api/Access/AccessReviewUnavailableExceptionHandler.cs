using Microsoft.AspNetCore.Http;
using OrleansLife.Api.Hosting;

namespace OrleansLife.Api.Access;

/// <summary>A change that could not be checked, because the cluster did not answer a review, is a 503: nothing was changed, and trying again later can work.</summary>
internal sealed class AccessReviewUnavailableExceptionHandler(IProblemDetailsService problems)
    : ProblemExceptionHandler<AccessReviewUnavailableException>(
        problems, StatusCodes.Status503ServiceUnavailable, "The change could not be checked against the cluster's RBAC; nothing was changed.");
