using OrleansLife.Grains.Cells;

namespace OrleansLife.Grains.Regions;

/// <summary>
/// Which region, a square tile of 64 × 64 cells, a cell belongs to. Regions split a board's work per generation so
/// that tiles proceed in parallel; a power of two so that the tile of a negative coordinate is an arithmetic shift.
/// </summary>
public static class RegionKey
{
    /// <summary>Tiles are 2^6 = 64 cells on a side.</summary>
    public const int Shift = 6;

    /// <summary>The packed tile coordinates of the region holding <paramref name="cell"/>.</summary>
    public static long Of(Coordinate cell) => CellKey.Pack(new Coordinate(cell.X >> Shift, cell.Y >> Shift));
}
