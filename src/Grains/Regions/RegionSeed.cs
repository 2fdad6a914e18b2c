using OrleansLife.Grains.Cells;

namespace OrleansLife.Grains.Regions;

/// <summary>The cells of a board's starting pattern that lie in one region.</summary>
public sealed record RegionSeed(GenerationTick Tick, Coordinate[] Cells);
