using System.Text.Json.Serialization;
using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Cells;

namespace OrleansLife.Api.Boards;

/// <summary>A board as the API shows it: its settings, where it has got to, and its live cells in reading order.</summary>
/// <param name="Cells">The live cells as <c>[x,y]</c> pairs, by row then column; left out of lists asked for with <c>?cells=false</c>.</param>
public sealed record BoardResponse(
    string Name,
    long Generation,
    int Population,
    int Width,
    int Height,
    Topology Topology,
    string Rule,
    BoardState State,
    int TickMilliseconds,
    long? MaxGenerations,
    int LastBirths,
    int LastDeaths,
    DateTimeOffset CreatedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<Coordinate>? Cells)
{
    public static BoardResponse From(BoardSnapshot board, bool includeCells = true)
    {
        ArgumentNullException.ThrowIfNull(board);
        return new BoardResponse(board.Name, board.Generation, board.Population, board.Geometry.Width, board.Geometry.Height,
            board.Geometry.Topology, board.Rule, board.State, board.TickMilliseconds, board.MaxGenerations, board.LastBirths,
            board.LastDeaths, board.CreatedAt, includeCells ? board.Cells : null);
    }
}
