namespace OrleansLife.Grains.Cells;

/// <summary>
/// Packs a cell's decision into one integer for the one-way report to its board: the generation decided, the low
/// bits of the board's epoch (so a re-created board ignores reports meant for its predecessor) and the cell's
/// state before and after.
/// </summary>
public readonly record struct CellReport(long Generation, int EpochTag, bool WasAlive, bool IsAlive)
{
    private const int EpochBits = 20;
    private const int EpochMask = (1 << EpochBits) - 1;

    public static int TagOf(long epoch) => (int)(epoch & EpochMask);

    public long Pack() => (Generation << (EpochBits + 2)) | ((long)(EpochTag & EpochMask) << 2)
        | (WasAlive ? 2L : 0L) | (IsAlive ? 1L : 0L);

    public static CellReport Unpack(long packed) => new(
        packed >> (EpochBits + 2), (int)((packed >> 2) & EpochMask), (packed & 2) != 0, (packed & 1) != 0);
}
