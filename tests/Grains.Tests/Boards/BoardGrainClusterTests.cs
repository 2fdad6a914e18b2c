using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Cells;
using OrleansLife.Grains.Patterns;
using OrleansLife.Grains.Reference;
using OrleansLife.Grains.Regions;
using OrleansLife.Grains.Rules;
using OrleansLife.Grains.Tests.Support;

namespace OrleansLife.Grains.Tests.Boards;

/// <summary>The game on a cluster of three silos: tiles spread over the silos, and the answers are those of one silo.</summary>
public sealed class BoardGrainClusterTests(LifeCluster cluster) : IClassFixture<LifeCluster>
{
    [Theory]
    [InlineData(Topology.Torus, 2026UL)]
    [InlineData(Topology.Unbounded, 7UL)]
    public async Task ARandomBoard_SpreadOverThreeSilos_MatchesTheArrayEngine_EveryGeneration(Topology topology, ulong seed)
    {
        // Eight soups, one per tile along a 512-wide board, so that the tiles (and their edges) land on different silos.
        var cells = Enumerable.Range(0, 8)
            .SelectMany(tile => RandomFill.Generate(14, 14, 0.4, seed + (ulong)tile).Select(cell => cell.Offset(tile * 64 + 50, 25)))
            .ToArray();
        var name = LifeSilo.NewBoardName("cluster");
        var board = cluster.Grains.GetGrain<IBoardGrain>(name);
        await board.CreateAsync(new BoardDefinition
        {
            Name = name, Geometry = new BoardGeometry(512, 64, topology), InitialCells = cells, StartPaused = true,
        });
        var oracle = new ArrayEngine(512, 64, topology, LifeRule.Conway, cells);

        for (var generation = 1; generation <= 40; generation++)
        {
            var snapshot = await board.StepAsync(1);
            oracle.Step();
            snapshot.Cells.ShouldBe(oracle.LiveCells(), $"generation {generation}");
        }

        // Every tile's cells share one silo, and the tiles spread over the cluster.
        var management = cluster.Grains.GetGrain<IManagementGrain>(0);
        var silosByTile = new Dictionary<long, HashSet<SiloAddress>>();
        foreach (var cell in await cluster.ActiveCellsAsync(name))
        {
            var host = await management.GetActivationAddress(cluster.Grains.GetGrain<ICellGrain>(CellKey.Pack(cell), name));
            if (host is null) continue; // collected since it was listed
            var tile = RegionKey.Of(cell);
            if (!silosByTile.TryGetValue(tile, out var silos)) silosByTile[tile] = silos = [];
            silos.Add(host);
        }
        silosByTile.Values.ShouldAllBe(silos => silos.Count == 1);
        silosByTile.Values.SelectMany(silos => silos).Distinct().Count().ShouldBeGreaterThan(1);

        // The board names the same silos, tile by tile, for the view that colours cells by their silo.
        var names = cluster.Cluster.Silos.ToDictionary(silo => silo.SiloAddress, silo => silo.Name);
        var tiles = await board.GetTilesAsync();
        (tiles.Generation, tiles.TileSize).ShouldBe((40L, 64));
        tiles.Tiles.Select(tile => (tile.X, tile.Y))
            .ShouldBe(oracle.LiveCells().Select(cell => (cell.X >> 6, cell.Y >> 6)).Distinct(), ignoreOrder: true);
        foreach (var tile in tiles.Tiles)
        {
            var hosts = silosByTile[CellKey.Pack(new Coordinate(tile.X, tile.Y))];
            tile.Silo.ShouldBe(names[hosts.Single()], $"tile ({tile.X}, {tile.Y})");
        }
    }

    [Fact]
    public async Task ABoardThatDoesNotExist_FailsAcrossSilos_WithItsOwnExceptionType()
    {
        var missing = cluster.Grains.GetGrain<IBoardGrain>(LifeSilo.NewBoardName("missing"));

        var error = await Should.ThrowAsync<BoardNotFoundException>(missing.GetAsync());

        error.Message.ShouldStartWith("Board 'missing-");
        error.Board.ShouldStartWith("missing-");
    }
}
