using OrleansLife.Grains.Cells;
using OrleansLife.Grains.Rules;

namespace OrleansLife.Grains.Boards;

/// <summary>
/// Everything needed to start a board, already validated: its geometry, its rule, the live cells of generation 0
/// (placed on the board), and how fast it runs.
/// </summary>
public sealed record BoardDefinition
{
    public required string Name { get; init; }

    public required BoardGeometry Geometry { get; init; }

    public LifeRule Rule { get; init; } = LifeRule.Conway;

    public required IReadOnlyList<Coordinate> InitialCells { get; init; }

    /// <summary>Time between generations while running; 0 runs as fast as the cells can go. Default 500 ms.</summary>
    public int TickMilliseconds { get; init; } = 500;

    /// <summary>The generation at which a running board stops by itself; null runs forever.</summary>
    public long? MaxGenerations { get; init; }

    /// <summary>Whether the board starts paused rather than running.</summary>
    public bool StartPaused { get; init; }
}
