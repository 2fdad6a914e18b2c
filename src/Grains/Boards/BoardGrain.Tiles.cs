using OrleansLife.Grains.Boards.Tiles;
using OrleansLife.Grains.Cells;
using OrleansLife.Grains.Regions;

namespace OrleansLife.Grains.Boards;

public sealed partial class BoardGrain
{
    public async Task<BoardTiles> GetTilesAsync()
    {
        var definition = Existing();
        // Read before the first await: a round may complete meanwhile (the board is reentrant).
        var generation = _generation;
        var tiles = _live.Select(RegionKey.Of).Distinct().ToArray();
        // Each tile's region says where it runs, rather than the placement recomputed: after a silo joins or leaves, a
        // tile stays where Orleans put it until it is placed again.
        var silos = await Task.WhenAll(tiles.Select(tile => Region(definition, tile).GetSiloAsync()));
        var hosts = new TileHost[tiles.Length];
        for (var i = 0; i < tiles.Length; i++)
        {
            var tile = CellKey.Unpack(tiles[i]);
            hosts[i] = new TileHost(tile.X, tile.Y, silos[i]);
        }
        return new BoardTiles(generation, 1 << RegionKey.Shift, [.. hosts.OrderBy(host => host.Y).ThenBy(host => host.X)]);
    }
}
