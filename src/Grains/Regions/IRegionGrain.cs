using Orleans.Concurrency;

namespace OrleansLife.Grains.Regions;

/// <summary>
/// One tile of a board, keyed by its packed tile coordinates and its board's name. Each generation it has the tile's
/// cells that could change (those whose state or neighbour count changed in the generation before) decide, and
/// reports the tile's births and deaths to the board.
/// </summary>
[Alias("region")]
public interface IRegionGrain : IGrainWithIntegerCompoundKey
{
    /// <summary>Makes the given cells of this tile alive: a board's starting cells, or its cells again after a loss.</summary>
    [Alias("seed")]
    Task<RegionOutcome> SeedAsync(RegionSeed seed);

    /// <summary>Has every cell of the tile that could change decide the next generation, and reports what changed.</summary>
    [Alias("decide")]
    Task<RegionOutcome> DecideAsync(RegionRound round);

    /// <summary>The name of the silo hosting this tile (and, by tile placement, its cells).</summary>
    [Alias("silo"), AlwaysInterleave, ReadOnly]
    Task<string> GetSiloAsync();

    /// <summary>The board is gone: forget this incarnation's candidates (one-way).</summary>
    [Alias("clear"), OneWay]
    Task ClearAsync(long epoch);
}
