using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using OrleansLife.Api.Boards;
using OrleansLife.Api.Json;
using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Boards.Catalog;
using OrleansLife.Grains.Boards.Specs;
using OrleansLife.Runtime.References;

namespace OrleansLife.Api.Apis;

public static partial class BoardsApi
{
    private static void MapCommands(RouteGroupBuilder boards)
    {
        boards.MapPost("/{name}/step", StepAsync).WithName("StepBoard")
            .WithSummary("Advances a board by a number of generations (default 1) and answers with the board after the last.")
            .Accepts<StepRequest>(isOptional: true, "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        boards.MapPost("/{name}/pause", PauseAsync).WithName("PauseBoard")
            .WithSummary("Stops a board from advancing on its own; stepping still works.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        boards.MapPost("/{name}/resume", ResumeAsync).WithName("ResumeBoard")
            .WithSummary("Lets a board advance on its own again, one generation per tick.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<BoardResponse>, ValidationProblem, ProblemHttpResult>> StepAsync(
        string name, HttpRequest request, JsonBodyReader reader, IOptions<BoardLimits> limits, IGrainFactory grains,
        CancellationToken cancellationToken)
    {
        var body = await reader.ReadAsync<StepRequest>(request, required: false, cancellationToken).ConfigureAwait(false);
        if (body.Problem is { } problem) return problem;

        var generations = body.Value?.Generations ?? 1;
        var max = limits.Value.MaxStepGenerations;
        if (generations < 1 || generations > max)
        {
            return BoardProblems.Invalid(new Dictionary<string, string[]>
            {
                ["generations"] = [$"A step advances from 1 to {max} generations; {generations} were asked for."],
            });
        }

        var (stepped, missing) = await CallAsync(name, board => grains.GetGrain<IBoardGrain>(board).StepAsync(generations))
            .ConfigureAwait(false);
        return stepped is not null ? TypedResults.Ok(stepped) : missing!;
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
