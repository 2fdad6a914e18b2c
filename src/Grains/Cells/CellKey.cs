namespace OrleansLife.Grains.Cells;

/// <summary>Packs a cell's coordinates into the integer half of its compound grain key (the board is the string half).</summary>
public static class CellKey
{
    public static long Pack(Coordinate cell) => ((long)cell.X << 32) | (uint)cell.Y;

    public static Coordinate Unpack(long key) => new((int)(key >> 32), (int)key);

    /// <summary>The board of a cell or region grain: the string half of its key. Decoding it makes a new string, so
    /// grains that need it often keep it.</summary>
    public static string BoardOf(IGrainWithIntegerCompoundKey grain)
    {
        ArgumentNullException.ThrowIfNull(grain);
        grain.GetPrimaryKeyLong(out var board);
        return board ?? "";
    }
}
