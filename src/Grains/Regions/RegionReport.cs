using OrleansLife.Grains.Cells;

namespace OrleansLife.Grains.Regions;

/// <summary>
/// A region's part of a generation, for its board: the cells born and died in it, the changes they make to the
/// frontiers of neighbouring regions, and how many cells its own frontier holds now (zero means the board need not
/// ask it again unless something changes nearby).
/// </summary>
public sealed record RegionReport(
    long Region, long Generation, long Epoch, Coordinate[] Births, Coordinate[] Deaths, CoverageDelta[] Deltas, int Frontier);
