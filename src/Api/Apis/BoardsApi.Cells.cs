using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrleansLife.Api.Boards;
using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Boards.Pods;
using OrleansLife.Grains.Boards.Specs;
using OrleansLife.Grains.Boards.Tiles;
using OrleansLife.Grains.Cells;

namespace OrleansLife.Api.Apis;

public static partial class BoardsApi
{
    private static void MapCells(RouteGroupBuilder boards)
    {
        boards.MapGet("/{name}/cells/{x:int}/{y:int}", GetCellAsync).WithName("GetCell")
            .WithSummary("Reads one cell: whether it is alive, and its pod's name and phase.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        boards.MapGet("/{name}/tiles", GetTilesAsync).WithName("GetBoardTiles")
            .WithSummary("Says which silo hosts each 64×64 tile of the board that has live cells (a tile's cells share its silo).")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<BoardTiles>, ProblemHttpResult>> GetTilesAsync(string name, IGrainFactory grains)
    {
        if (!BoardNames.IsValid(name)) return BoardProblems.NotFound(name);
        try
        {
            return TypedResults.Ok(await grains.GetGrain<IBoardGrain>(name).GetTilesAsync().ConfigureAwait(false));
        }
        catch (BoardNotFoundException)
        {
            return BoardProblems.NotFound(name);
        }
    }

    private static async Task<Results<Ok<CellResponse>, ProblemHttpResult>> GetCellAsync(
        string name, int x, int y, IGrainFactory grains, IBoardPods pods)
    {
        var (board, problem) = await CallAsync(name, board => grains.GetGrain<IBoardGrain>(board).GetAsync()).ConfigureAwait(false);
        if (board is null) return problem!;
        var cell = new Coordinate(x, y);
        return TypedResults.Ok(new CellResponse(x, y, board.Cells!.Contains(cell), pods.GetPod(name, cell)));
    }
}
