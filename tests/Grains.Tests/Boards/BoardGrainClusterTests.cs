using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Patterns;
using OrleansLife.Grains.Reference;
using OrleansLife.Grains.Rules;
using OrleansLife.Grains.Tests.Support;

namespace OrleansLife.Grains.Tests.Boards;

/// <summary>The game on three silos whose messages all cross an encoding network: same answers as on one.</summary>
public sealed class BoardGrainClusterTests(LifeCluster cluster) : IClassFixture<LifeCluster>
{
    [Theory]
    [InlineData(Topology.Torus, 2026UL)]
    [InlineData(Topology.Unbounded, 7UL)]
    public async Task ARandomBoard_SpreadOverThreeSilos_MatchesTheArrayEngine_EveryGeneration(Topology topology, ulong seed)
    {
        var cells = RandomFill.Generate(16, 16, 0.4, seed);
        var name = LifeSilo.NewBoardName("cluster");
        var board = cluster.Grains.GetGrain<IBoardGrain>(name);
        await board.CreateAsync(new BoardDefinition
        {
            Name = name, Geometry = new BoardGeometry(16, 16, topology), InitialCells = cells, StartPaused = true,
        });
        var oracle = new ArrayEngine(16, 16, topology, LifeRule.Conway, cells);

        for (var generation = 1; generation <= 60; generation++)
        {
            var snapshot = await board.StepAsync(1);
            oracle.Step();
            snapshot.Cells.ShouldBe(oracle.LiveCells(), $"generation {generation}");
        }

        // The point of the exercise: every silo hosts some of the cells.
        var management = cluster.Grains.GetGrain<IManagementGrain>(0);
        var hosts = new HashSet<SiloAddress>();
        foreach (var cell in await cluster.ActiveCellsAsync(name))
            hosts.Add((await management.GetActivationAddress(cluster.Grains.GetGrain<Cells.ICellGrain>(Cells.CellKey.Pack(cell), name)))!);
        hosts.Count.ShouldBe(LifeCluster.SiloCount);
    }

    [Fact]
    public async Task ABoardThatDoesNotExist_FailsAcrossSilos_WithTheRemoteExceptionType()
    {
        var missing = cluster.Grains.GetGrain<IBoardGrain>(LifeSilo.NewBoardName("missing"));

        var error = await Should.ThrowAsync<BoardNotFoundException>(missing.GetAsync());

        error.Message.ShouldStartWith("Board 'missing-");
        error.Board.ShouldStartWith("missing-");
    }
}
