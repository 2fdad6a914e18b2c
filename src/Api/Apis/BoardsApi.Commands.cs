using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using OrleansLife.Api.Access;
using OrleansLife.Api.Boards;
using OrleansLife.Api.Json;
using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Boards.Catalog;
using OrleansLife.Grains.Boards.Specs;

namespace OrleansLife.Api.Apis;

public static partial class BoardsApi
{
    private static void MapCommands(RouteGroupBuilder boards)
    {
        boards.MapPost("/{name}/step", StepAsync).WithName("StepBoard")
            .WithSummary("Advances a board by a number of generations (default 1). Answers with the board after the last, or, if "
                + "that takes longer than the request's wait (default 10 s), 202 with where to watch the board get there.")
            .RequireBoardPermission(BoardVerbs.Patch)
            .Accepts<StepRequest>(isOptional: true, "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        boards.MapPost("/{name}/pause", PauseAsync).WithName("PauseBoard")
            .WithSummary("Stops a board from advancing on its own; stepping still works.")
            .RequireBoardPermission(BoardVerbs.Patch)
            .ProducesProblem(StatusCodes.Status404NotFound);
        boards.MapPost("/{name}/resume", ResumeAsync).WithName("ResumeBoard")
            .WithSummary("Lets a board advance on its own again, one generation per tick.")
            .RequireBoardPermission(BoardVerbs.Patch)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<BoardResponse>, Accepted<StepAccepted>, ValidationProblem, ProblemHttpResult>> StepAsync(
        string name, HttpRequest request, JsonBodyReader reader, IOptions<BoardLimits> limits, IGrainFactory grains,
        CancellationToken cancellationToken)
    {
        var body = await reader.ReadAsync<StepRequest>(request, required: false, cancellationToken).ConfigureAwait(false);
        if (body.Problem is { } problem) return problem;

        var generations = body.Value?.Generations ?? 1;
        var wait = body.Value?.WaitMilliseconds ?? StepRequest.DefaultWaitMilliseconds;
        var max = limits.Value.MaxStepGenerations;
        var errors = new Dictionary<string, string[]>();
        if (generations < 1 || generations > max)
            errors["generations"] = [$"A step advances from 1 to {max} generations; {generations} were asked for."];
        if (wait is < 0 or > StepRequest.MaxWaitMilliseconds)
            errors["waitMilliseconds"] = [$"A step waits from 0 to {StepRequest.MaxWaitMilliseconds} ms; {wait} were asked for."];
        if (errors.Count > 0) return BoardProblems.Invalid(errors);

        long target = 0;
        var (stepped, missing) = await CallAsync(name, async board =>
        {
            var progress = await grains.GetGrain<IBoardGrain>(board).StepAsync(generations, TimeSpan.FromMilliseconds(wait)).ConfigureAwait(false);
            target = progress.TargetGeneration;
            return progress.Board;
        }).ConfigureAwait(false);
        if (stepped is null) return missing!;
        if (stepped.Generation >= target) return TypedResults.Ok(stepped);
        var location = $"/api/boards/{name}";
        return TypedResults.Accepted(location, new StepAccepted(stepped, target, location, $"{location}/events"));
    }

    private static Task<Results<Ok<BoardResponse>, ProblemHttpResult>> PauseAsync(
        string name, IBoardCatalog catalog, CancellationToken cancellationToken) =>
        SetPausedAsync(name, paused: true, catalog, cancellationToken);

    private static Task<Results<Ok<BoardResponse>, ProblemHttpResult>> ResumeAsync(
        string name, IBoardCatalog catalog, CancellationToken cancellationToken) =>
        SetPausedAsync(name, paused: false, catalog, cancellationToken);

    private static async Task<Results<Ok<BoardResponse>, ProblemHttpResult>> SetPausedAsync(
        string name, bool paused, IBoardCatalog catalog, CancellationToken cancellationToken)
    {
        var (board, problem) = await CallAsync(name, board => catalog.SetPausedAsync(board, paused, cancellationToken)).ConfigureAwait(false);
        return board is not null ? TypedResults.Ok(board) : problem!;
    }
}
