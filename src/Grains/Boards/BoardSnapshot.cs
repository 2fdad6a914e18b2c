using OrleansLife.Grains.Cells;

namespace OrleansLife.Grains.Boards;

/// <summary>A board at its latest completed generation, with its live cells in reading order.</summary>
public sealed record BoardSnapshot(
    string Name,
    long Generation,
    int Population,
    BoardGeometry Geometry,
    string Rule,
    BoardState State,
    int TickMilliseconds,
    long? MaxGenerations,
    int LastBirths,
    int LastDeaths,
    DateTimeOffset CreatedAt,
    IReadOnlyList<Coordinate> Cells);
