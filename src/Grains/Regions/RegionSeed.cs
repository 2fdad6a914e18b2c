using OrleansLife.Grains.Cells;

namespace OrleansLife.Grains.Regions;

/// <summary>The cells of a board's starting (or rebuilt) generation that lie in one region.</summary>
[GenerateSerializer, Immutable, Alias("region-seed")]
public sealed record RegionSeed([property: Id(0)] CellTick Tick, [property: Id(1)] Coordinate[] Cells);
