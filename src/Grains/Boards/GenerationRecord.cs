using OrleansLife.Grains.Cells;

namespace OrleansLife.Grains.Boards;

/// <summary>What changed when a board reached <see cref="Generation"/>: the cells born and the cells that died.</summary>
[GenerateSerializer, Immutable, Alias("generation-record")]
public sealed record GenerationRecord(
    [property: Id(0)] string Board,
    [property: Id(1)] long Generation,
    [property: Id(2)] int Population,
    [property: Id(3)] IReadOnlyList<Coordinate> Births,
    [property: Id(4)] IReadOnlyList<Coordinate> Deaths);
