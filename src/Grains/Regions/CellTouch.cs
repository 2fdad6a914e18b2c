using OrleansLife.Grains.Cells;

namespace OrleansLife.Grains.Regions;

/// <summary>
/// A cell whose neighbour count (or state) a round changed, with its latest <see cref="Cells.Stamp"/>: if that says its
/// next decision would change its state, it decides next generation.
/// </summary>
[GenerateSerializer, Immutable, Alias("cell-touch")]
public readonly record struct CellTouch([property: Id(0)] Coordinate Cell, [property: Id(1)] long Stamp);
