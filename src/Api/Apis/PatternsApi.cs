using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrleansLife.Api.Patterns;
using OrleansLife.Grains.Patterns;

namespace OrleansLife.Api.Apis;

/// <summary>The built-in pattern library under <c>/api/patterns</c>, for choosing and previewing a start state.</summary>
public static class PatternsApi
{
    public static RouteGroupBuilder MapPatternsApi(this IEndpointRouteBuilder app)
    {
        var patterns = app.MapGroup("/api/patterns").WithTags("Patterns");
        patterns.MapGet("", List).WithName("ListPatterns").WithSummary("Lists the built-in patterns, by name.");
        patterns.MapGet("/{name}", Get).WithName("GetPattern")
            .WithSummary("Reads a built-in pattern with its cells and its RLE.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return patterns;
    }

    private static Ok<PatternSummary[]> List() => TypedResults.Ok(PatternLibrary.All.Select(PatternSummary.From).ToArray());

    private static Results<Ok<PatternResponse>, ProblemHttpResult> Get(string name)
    {
        // The library also answers to display names; the response always carries the key a board spec takes.
        var info = PatternLibrary.All.FirstOrDefault(info =>
            string.Equals(info.Id, name, StringComparison.OrdinalIgnoreCase) || string.Equals(info.Name, name, StringComparison.OrdinalIgnoreCase));
        if (info is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "The pattern does not exist.",
                detail: $"The library has no pattern named '{name}'; it has {string.Join(", ", PatternLibrary.All.Select(p => p.Id))}.");
        }

        return TypedResults.Ok(PatternResponse.From(info.Id, PatternLibrary.Get(info.Id)));
    }
}
