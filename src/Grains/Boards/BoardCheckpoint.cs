using OrleansLife.Grains.Cells;

namespace OrleansLife.Grains.Boards;

/// <summary>Where a board had got to, as saved outside the silo: a restarted board resumes from here, not generation 0.</summary>
/// <param name="Generation">The generation saved.</param>
/// <param name="Cells">Its live cells.</param>
public sealed record BoardCheckpoint(long Generation, IReadOnlyList<Coordinate> Cells);
