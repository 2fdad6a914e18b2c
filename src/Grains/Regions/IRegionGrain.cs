using OrleansLife.Grains.Cells;
using OrleansLife.Runtime.Identity;

namespace OrleansLife.Grains.Regions;

/// <summary>
/// One tile of a board, keyed by its packed tile coordinates and its board's name: asks the tile's frontier (live
/// cells and their neighbours) to decide, collects their reports, keeps the frontier up to date (telling neighbouring
/// regions about changes at the edge), and reports the tile's births and deaths to the board once per generation.
/// </summary>
public interface IRegionGrain : IGrainWithCompoundKey
{
    void Seed(RegionSeed seed);

    void Decide(GenerationTick tick);

    /// <summary>A cell's report that it decided (one-way; packed for the hot path).</summary>
    void CellDecided(long cell, long report);

    void Cover(CoverageDelta delta);

    /// <summary>The board is gone: retire every cell of the tile.</summary>
    void Clear();
}
