using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrleansLife.Api.Boards;
using OrleansLife.Api.Json;
using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Boards.Specs;
using OrleansLife.Grains.Hosting;
using OrleansLife.Runtime.References;

namespace OrleansLife.Api.Apis;

/// <summary>The board endpoints under <c>/api/boards</c>: create, list, read, step, pause, resume, delete and watch boards.</summary>
public static partial class BoardsApi
{
    private const string LogCategory = "OrleansLife.Api.Boards";

    public static RouteGroupBuilder MapBoardsApi(this IEndpointRouteBuilder app)
    {
        var boards = app.MapGroup("/api/boards").WithTags("Boards");

        boards.MapGet("", ListAsync).WithName("ListBoards")
            .WithSummary("Lists every board, by name; ?cells=false leaves out their cells.");
        boards.MapPost("", CreateAsync).WithName("CreateBoard")
            .WithSummary("Creates a board from a spec and answers with generation 0.")
            .Accepts<BoardSpec>("application/json")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        boards.MapGet("/{name}", GetAsync).WithName("GetBoard")
            .WithSummary("Reads a board at its latest generation.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        boards.MapDelete("/{name}", DeleteAsync).WithName("DeleteBoard")
            .WithSummary("Stops and forgets a board; its watchers' streams end.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        MapCommands(boards);
        MapEvents(boards);
        return boards;
    }

    private static async Task<Ok<BoardResponse[]>> ListAsync(bool? cells, IGrainFactory grains)
    {
        var names = await Directory(grains).ListAsync().ConfigureAwait(false);
        var boards = await Task.WhenAll(names.Select(name => TryGetAsync(grains.GetGrain<IBoardGrain>(name)))).ConfigureAwait(false);
        return TypedResults.Ok(boards.OfType<BoardSnapshot>().Select(board => BoardResponse.From(board, cells ?? true)).ToArray());
    }

    /// <summary>The board, or null when its name is reserved but the board is still being created or already deleted.</summary>
    private static async Task<BoardSnapshot?> TryGetAsync(IBoardGrain board)
    {
        try
        {
            return await board.GetAsync().ConfigureAwait(false);
        }
        catch (BoardNotFoundException)
        {
            return null;
        }
    }

    private static async Task<Results<Created<BoardResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        HttpRequest request, JsonBodyReader reader, IOptions<BoardLimits> limits, IGrainFactory grains, ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var body = await reader.ReadAsync<BoardSpec>(request, required: true, cancellationToken).ConfigureAwait(false);
        if (body.Problem is { } problem) return problem;
        if (!BoardSpecs.TryCreateDefinition(body.Value!, limits.Value, out var definition, out var errors)) return BoardProblems.Invalid(errors);

        // The directory hands out each name once, so two creations racing for a name cannot both start a board.
        var directory = Directory(grains);
        if (!await directory.TryReserveAsync(definition.Name).ConfigureAwait(false)) return BoardProblems.AlreadyExists(definition.Name);

        BoardSnapshot board;
        try
        {
            board = await grains.GetGrain<IBoardGrain>(definition.Name).CreateAsync(definition).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            await directory.ReleaseAsync(definition.Name).ConfigureAwait(false);
            if (error is BoardAlreadyExistsException) return BoardProblems.AlreadyExists(definition.Name);
            throw;
        }

        BoardsLog.Created(loggers.CreateLogger(LogCategory), board.Name, board.Geometry.Width, board.Geometry.Height,
            board.Geometry.Topology, board.Population);
        return TypedResults.Created($"/api/boards/{board.Name}", BoardResponse.From(board));
    }

    private static Task<Results<Ok<BoardResponse>, ProblemHttpResult>> GetAsync(string name, IGrainFactory grains) =>
        OnBoardAsync(name, grains, static board => board.GetAsync());

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string name, IGrainFactory grains, ILoggerFactory loggers)
    {
        if (!BoardNames.IsValid(name)) return BoardProblems.NotFound(name);
        try
        {
            await grains.GetGrain<IBoardGrain>(name).DeleteAsync().ConfigureAwait(false);
        }
        catch (BoardNotFoundException)
        {
            return BoardProblems.NotFound(name);
        }

        // Released only once the board is gone, so a new board of this name cannot start while the old one still runs.
        await Directory(grains).ReleaseAsync(name).ConfigureAwait(false);
        BoardsLog.Deleted(loggers.CreateLogger(LogCategory), name);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<BoardResponse>, ProblemHttpResult>> OnBoardAsync(
        string name, IGrainFactory grains, Func<IBoardGrain, Task<BoardSnapshot>> call)
    {
        var (board, problem) = await CallAsync(name, grains, call).ConfigureAwait(false);
        return board is not null ? TypedResults.Ok(board) : problem!;
    }

    /// <summary>Runs <paramref name="call"/> on the named board; the problem is a 404 when there is no such board.</summary>
    private static async Task<(BoardResponse? Board, ProblemHttpResult? Problem)> CallAsync(
        string name, IGrainFactory grains, Func<IBoardGrain, Task<BoardSnapshot>> call)
    {
        // A name no board can have needs no grain activated to learn that it does not exist.
        if (!BoardNames.IsValid(name)) return (null, BoardProblems.NotFound(name));
        try
        {
            return (BoardResponse.From(await call(grains.GetGrain<IBoardGrain>(name)).ConfigureAwait(false)), null);
        }
        catch (BoardNotFoundException)
        {
            return (null, BoardProblems.NotFound(name));
        }
    }

    private static IBoardDirectoryGrain Directory(IGrainFactory grains) =>
        grains.GetGrain<IBoardDirectoryGrain>(LifeServiceCollectionExtensions.BoardDirectoryKey);
}
