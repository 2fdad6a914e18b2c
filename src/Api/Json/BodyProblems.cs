using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace OrleansLife.Api.Json;

/// <summary>The problems a request body can have before its content is even looked at.</summary>
internal static class BodyProblems
{
    public static ProblemHttpResult TooLarge(long maxBytes) => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "The request body is too large.",
        detail: $"A request body may be at most {maxBytes} bytes.");

    public static ProblemHttpResult UnsupportedMediaType(string? contentType) => TypedResults.Problem(
        statusCode: StatusCodes.Status415UnsupportedMediaType,
        title: "The request body must be JSON.",
        detail: contentType is null
            ? "The request has no Content-Type; send the body as application/json."
            : $"The body was sent as '{contentType}'; send it as application/json.");

    /// <param name="field">The JSON path of the problem without its leading "$." ("random.density"), or "$" for the whole body.</param>
    public static ProblemHttpResult Malformed(string field, string message) => TypedResults.Problem(
        new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request body is not valid JSON for this request.",
        });
}
