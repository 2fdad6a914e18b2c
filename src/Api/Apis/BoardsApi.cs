using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrleansLife.Api.Access;
using OrleansLife.Api.Boards;
using OrleansLife.Api.Json;
using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Boards.Catalog;
using OrleansLife.Grains.Boards.Pods;
using OrleansLife.Grains.Boards.Specs;

namespace OrleansLife.Api.Apis;

/// <summary>
/// The board endpoints under <c>/api/boards</c>: create, list, read, step, pause, resume, delete and watch boards. Reads
/// are open; each change needs the Kubernetes verb on <c>boards.orleanslife.io</c> that <see cref="BoardVerbs"/> names.
/// </summary>
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
            .RequireBoardPermission(BoardVerbs.Create)
            .Accepts<BoardSpec>("application/json")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        boards.MapGet("/{name}", GetAsync).WithName("GetBoard")
            .WithSummary("Reads a board at its latest generation; ?cells=false leaves out its cells.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        boards.MapDelete("/{name}", DeleteAsync).WithName("DeleteBoard")
            .WithSummary("Stops and forgets a board; its watchers' streams end.")
            .RequireBoardPermission(BoardVerbs.Delete)
            .ProducesProblem(StatusCodes.Status404NotFound);
        MapCommands(boards);
        MapCells(boards);
        MapEvents(boards);
        return boards;
    }

    private static async Task<Ok<BoardResponse[]>> ListAsync(bool? cells, IGrainFactory grains)
    {
        var names = await GrainBoardCatalog.Directory(grains).ListAsync().ConfigureAwait(false);
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
        HttpRequest request, JsonBodyReader reader, IOptions<BoardLimits> limits, IBoardCatalog catalog, IBoardPods pods,
        ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var body = await reader.ReadAsync<BoardSpec>(request, required: true, cancellationToken).ConfigureAwait(false);
        if (body.Problem is { } problem) return problem;
        var spec = body.Value!;
        if (!BoardSpecs.TryCreateDefinition(spec, limits.Value, out var definition, out var errors)) return BoardProblems.Invalid(errors);
        if (BoardAdmission.Refusal(spec, definition, pods) is { } refusal) return BoardProblems.Invalid(refusal);

        BoardSnapshot board;
        try
        {
            board = await catalog.CreateAsync(spec, definition, cancellationToken).ConfigureAwait(false);
        }
        catch (BoardAlreadyExistsException)
        {
            return BoardProblems.AlreadyExists(definition.Name);
        }
        catch (BoardRefusedException refused)
        {
            // Admitted here, refused by the controller (another board took the room meanwhile): the object is gone again.
            return BoardProblems.Invalid(refused.Errors);
        }

        BoardsLog.Created(loggers.CreateLogger(LogCategory), board.Name, board.Geometry.Width, board.Geometry.Height,
            board.Geometry.Topology, board.Population);
        return TypedResults.Created($"/api/boards/{board.Name}", BoardResponse.From(board));
    }

    private static async Task<Results<Ok<BoardResponse>, ProblemHttpResult>> GetAsync(string name, bool? cells, IGrainFactory grains)
    {
        var (board, problem) = await CallAsync(name, board => grains.GetGrain<IBoardGrain>(board).GetAsync(), cells ?? true)
            .ConfigureAwait(false);
        return board is not null ? TypedResults.Ok(board) : problem!;
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        string name, IBoardCatalog catalog, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (!BoardNames.IsValid(name)) return BoardProblems.NotFound(name);
        try
        {
            await catalog.DeleteAsync(name, cancellationToken).ConfigureAwait(false);
        }
        catch (BoardNotFoundException)
        {
            return BoardProblems.NotFound(name);
        }

        BoardsLog.Deleted(loggers.CreateLogger(LogCategory), name);
        return TypedResults.NoContent();
    }

    /// <summary>Runs <paramref name="call"/> on the named board; the problem is a 404 when there is no such board.</summary>
    private static async Task<(BoardResponse? Board, ProblemHttpResult? Problem)> CallAsync(
        string name, Func<string, Task<BoardSnapshot>> call, bool includeCells = true)
    {
        // A name no board can have needs no grain activated to learn that it does not exist.
        if (!BoardNames.IsValid(name)) return (null, BoardProblems.NotFound(name));
        try
        {
            return (BoardResponse.From(await call(name).ConfigureAwait(false), includeCells), null);
        }
        catch (BoardNotFoundException)
        {
            return (null, BoardProblems.NotFound(name));
        }
    }
}
