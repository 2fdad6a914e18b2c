using OrleansLife.Grains.Cells;

namespace OrleansLife.Grains.Boards;

/// <summary>Where a board had got to, as saved outside the silo: a restarted board resumes from here, not generation 0.</summary>
/// <param name="Generation">The generation saved.</param>
/// <param name="Cells">Its live cells.</param>
[GenerateSerializer, Immutable, Alias("board-checkpoint")]
public sealed record BoardCheckpoint([property: Id(0)] long Generation, [property: Id(1)] IReadOnlyList<Coordinate> Cells);
