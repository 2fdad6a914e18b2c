using Orleans.TestingHost;
using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Patterns;
using OrleansLife.Grains.Reference;
using OrleansLife.Grains.Rules;
using OrleansLife.Grains.Tests.Support;

namespace OrleansLife.Grains.Tests.Boards;

/// <summary>
/// A silo of three dies in the middle of a board's run, taking the cells it hosted with it: the board rebuilds them
/// from its last complete generation, and every generation still equals the array engine's.
/// </summary>
public sealed class BoardGrainSiloLossTests : IAsyncLifetime
{
    private readonly KillableCluster _cluster = new();

    public Task InitializeAsync() => _cluster.InitializeAsync();

    public Task DisposeAsync() => _cluster.DisposeAsync();

    [Fact]
    public async Task ASiloKilledMidRun_LosesNoGeneration_EveryLaterOneEqualsTheArrayEngine()
    {
        // Eight soups, one per tile, so that every silo hosts some of the cells.
        var cells = Enumerable.Range(0, 8)
            .SelectMany(tile => RandomFill.Generate(14, 14, 0.4, 99 + (ulong)tile).Select(cell => cell.Offset(tile * 64 + 50, 25)))
            .ToArray();
        var name = LifeSilo.NewBoardName("survivor");
        var grains = _cluster.Grains;
        var board = grains.GetGrain<IBoardGrain>(name);
        await board.CreateAsync(new BoardDefinition
        {
            Name = name, Geometry = new BoardGeometry(512, 64, Topology.Torus), InitialCells = cells, StartPaused = true,
        });
        var oracle = new ArrayEngine(512, 64, Topology.Torus, LifeRule.Conway, cells);
        for (var generation = 1; generation <= 10; generation++)
        {
            oracle.Step();
            (await board.StepAsync(1)).Cells.ShouldBe(oracle.LiveCells(), $"generation {generation}");
        }

        // Kill a silo that hosts cells but not the board (which keeps the live cells to rebuild from) nor the membership.
        var management = grains.GetGrain<IManagementGrain>(0);
        var boardSilo = await management.GetActivationAddress(board);
        var victim = _cluster.Cluster.SecondarySilos.First(silo => !silo.SiloAddress.Equals(boardSilo));
        var lostCells = (await _cluster.ActiveCellsAsync(name)).Count;
        await _cluster.Cluster.KillSiloAsync(victim);

        for (var generation = 11; generation <= 40; generation++)
        {
            oracle.Step();
            (await board.StepAsync(1)).Cells.ShouldBe(oracle.LiveCells(), $"generation {generation}");
        }
        lostCells.ShouldBeGreaterThan(0);
        var after = await board.GetAsync();
        after.Rebuilds.ShouldBeGreaterThanOrEqualTo(1);
        after.Message.ShouldBeNull();
    }

    /// <summary>Three silos that notice a dead one within seconds, as a test can wait for.</summary>
    private sealed class KillableCluster() : LifeTestCluster(3);
}
