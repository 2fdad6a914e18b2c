using OrleansLife.Grains.Cells;

namespace OrleansLife.Grains.Boards;

/// <summary>What changed when a board reached <see cref="Generation"/>: the cells born and the cells that died.</summary>
public sealed record GenerationRecord(
    string Board,
    long Generation,
    int Population,
    IReadOnlyList<Coordinate> Births,
    IReadOnlyList<Coordinate> Deaths);
