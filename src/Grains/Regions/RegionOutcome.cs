using OrleansLife.Grains.Cells;

namespace OrleansLife.Grains.Regions;

/// <summary>
/// A region's part of a generation, for its board: the cells born and died in it, the cells of other tiles its changes
/// touched (for the board to forward), and how many of its own cells will decide next generation.
/// </summary>
[GenerateSerializer, Immutable, Alias("region-outcome")]
public sealed record RegionOutcome(
    [property: Id(0)] long Region,
    [property: Id(1)] Coordinate[] Births,
    [property: Id(2)] Coordinate[] Deaths,
    [property: Id(3)] CellTouch[] EdgeTouches,
    [property: Id(4)] int Candidates);
