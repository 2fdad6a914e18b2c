using Orleans.Runtime.Placement;
using OrleansLife.Grains.Cells;
using OrleansLife.Grains.Regions;

namespace OrleansLife.Grains.Placement;

/// <summary>
/// Chooses the silo for a tile by rendezvous hashing: every silo scores (board, tile, silo) and the highest wins, so
/// all of a tile's grains land together, tiles spread evenly, and a silo joining or leaving moves only its share.
/// </summary>
public sealed class TilePlacementDirector : IPlacementDirector
{
    public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var tile = TileOf(target.GrainIdentity, out var board);
        return Task.FromResult(Choose(board, tile, context.GetCompatibleSilos(target)));
    }

    /// <summary>The silo, of <paramref name="silos"/>, that hosts <paramref name="board"/>'s <paramref name="tile"/>.</summary>
    private static SiloAddress Choose(string board, long tile, SiloAddress[] silos)
    {
        var best = silos[0];
        var bestScore = 0UL;
        foreach (var silo in silos)
        {
            var score = StableHash.Of(board, tile, silo.ToParsableString());
            if (score < bestScore) continue;
            (best, bestScore) = (silo, score);
        }
        return best;
    }

    /// <summary>The packed tile of a cell or region grain, and its board.</summary>
    public static long TileOf(GrainId grain, out string board)
    {
        var key = grain.GetIntegerKey(out var extension);
        board = extension ?? "";
        return grain.Type.ToString() == CellGrain.GrainTypeName ? RegionKey.Of(CellKey.Unpack(key)) : key;
    }
}
