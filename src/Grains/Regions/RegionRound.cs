using OrleansLife.Grains.Cells;

namespace OrleansLife.Grains.Regions;

/// <summary>
/// The board's instruction to a region for one generation, with what neighbouring regions learned about this tile's
/// cells in the generation before (<see cref="EdgeTouches"/>, forwarded by the board).
/// </summary>
/// <param name="Tick">The generation to decide.</param>
/// <param name="EdgeTouches">This tile's cells that births and deaths in other tiles touched.</param>
/// <param name="ExpectsState">
/// Whether the region has candidates left from the round before; a region that should but has none lost them with its silo.
/// </param>
[GenerateSerializer, Immutable, Alias("region-round")]
public sealed record RegionRound(
    [property: Id(0)] CellTick Tick,
    [property: Id(1)] CellTouch[] EdgeTouches,
    [property: Id(2)] bool ExpectsState);
