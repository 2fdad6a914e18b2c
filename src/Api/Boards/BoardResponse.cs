using System.Text.Json.Serialization;
using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Boards.Pods;
using OrleansLife.Grains.Cells;

namespace OrleansLife.Api.Boards;

/// <summary>A board as the API shows it: its settings, where it has got to, and its live cells in reading order.</summary>
/// <param name="Pacing">Whether generations wait for their pods.</param>
/// <param name="Message">Why the board is in its state when nobody asked for it, such as paused at a pod cap.</param>
/// <param name="Pods">The board's pods: desired, existing, running, terminating, the generation they show and how far behind they are; null when the silo runs without Kubernetes.</param>
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
    PodPacing Pacing,
    bool WaitForRunning,
    int? MaxPods,
    string? Message,
    BoardPodCounts? Pods,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<Coordinate>? Cells)
{
    public static BoardResponse From(BoardSnapshot board, bool includeCells = true)
    {
        ArgumentNullException.ThrowIfNull(board);
        return new BoardResponse(board.Name, board.Generation, board.Population, board.Geometry.Width, board.Geometry.Height,
            board.Geometry.Topology, board.Rule, board.State, board.TickMilliseconds, board.MaxGenerations, board.LastBirths,
            board.LastDeaths, board.CreatedAt, board.Pacing, board.WaitForRunning, board.MaxPods, board.Message, board.Pods,
            includeCells ? board.Cells : null);
    }
}
