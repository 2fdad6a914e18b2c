namespace OrleansLife.Grains.Regions;

/// <summary>
/// What births and deaths at a region's edge did to the cells of the neighbouring <see cref="Region"/>. It travels
/// through the board, which forwards it once every region has finished the round: sent straight across, it could
/// reach a neighbour that has not begun the round yet and change its frontier a generation too early.
/// </summary>
public sealed record CoverageDelta(long Region, long Epoch, CoverageChange[] Changes);
