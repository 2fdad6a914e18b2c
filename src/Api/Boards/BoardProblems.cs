using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace OrleansLife.Api.Boards;

/// <summary>The problems the board endpoints answer with, worded once.</summary>
internal static class BoardProblems
{
    public static ProblemHttpResult NotFound(string name) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "The board does not exist.",
        detail: $"There is no board named '{name}'.");

    /// <summary>409 with the field to blame, like a validation problem, since choosing another name fixes it.</summary>
    public static ProblemHttpResult AlreadyExists(string name) => TypedResults.Problem(
        new HttpValidationProblemDetails(new Dictionary<string, string[]>
        {
            ["name"] = [$"A board named '{name}' already exists; delete it first or choose another name."],
        })
        {
            Status = StatusCodes.Status409Conflict,
            Title = "A board with this name already exists.",
        });

    public static ValidationProblem Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "The request is not valid.");
}
