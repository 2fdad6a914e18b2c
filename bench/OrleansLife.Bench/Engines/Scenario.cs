using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Cells;

namespace OrleansLife.Bench.Engines;

/// <summary>One benchmark case: a starting board and how many generations to run it.</summary>
public sealed record Scenario(string Name, BoardGeometry Geometry, IReadOnlyList<Coordinate> Cells, int Generations)
{
    /// <summary>Cells whose next state a full sweep computes each generation; null on the unbounded plane.</summary>
    public long? CellsPerGeneration => Geometry.Topology == Topology.Unbounded ? null : (long)Geometry.Width * Geometry.Height;
}
