using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Patterns;
using OrleansLife.Grains.Reference;
using OrleansLife.Grains.Rules;
using OrleansLife.Grains.Tests.Support;

namespace OrleansLife.Grains.Tests.Boards;

/// <summary>The grain engine against the plain array engine: random boards, every generation equal.</summary>
public sealed class BoardGrainRandomizedTests(LifeSilo silo) : IClassFixture<LifeSilo>
{
    [Theory]
    [InlineData(Topology.Bounded, 24, 17, 0.35, 1UL, "B3/S23", 300)]
    [InlineData(Topology.Torus, 20, 23, 0.40, 2UL, "B3/S23", 300)]
    [InlineData(Topology.Unbounded, 16, 16, 0.45, 3UL, "B3/S23", 300)]
    [InlineData(Topology.Torus, 3, 5, 0.50, 4UL, "B3/S23", 100)]
    [InlineData(Topology.Bounded, 31, 9, 0.30, 5UL, "B36/S23", 200)]
    [InlineData(Topology.Torus, 32, 32, 0.25, 6UL, "B36/S23", 200)]
    [InlineData(Topology.Unbounded, 12, 12, 0.50, 7UL, "B36/S23", 200)]
    public async Task RandomBoard_MatchesTheArrayEngine_EveryGeneration(
        Topology topology, int width, int height, double density, ulong seed, string rule, int generations)
    {
        var cells = RandomFill.Generate(width, height, density, seed);
        var board = await silo.CreatePausedAsync(cells, width, height, topology, rule);
        var oracle = new ArrayEngine(width, height, topology, LifeRule.Parse(rule), cells);

        for (var generation = 1; generation <= generations; generation++)
        {
            var snapshot = await board.StepAsync(1);
            oracle.Step();
            snapshot.Generation.ShouldBe(generation);
            snapshot.Cells.ShouldBe(oracle.LiveCells(), $"generation {generation}");
            snapshot.LastBirths.ShouldBe(oracle.LastBirths, $"births of generation {generation}");
            snapshot.LastDeaths.ShouldBe(oracle.LastDeaths, $"deaths of generation {generation}");
        }
    }

    /// <summary>
    /// Boards spanning several 64×64 regions, partial tiles and wrapping across tile edges included, two at a time.
    /// (The race in which a region's edge changes reached a neighbour before that neighbour began the round showed
    /// only with other processes competing for the cores; it is excluded by construction now, the board forwarding
    /// edge changes once every region has finished.)
    /// </summary>
    [Theory]
    [InlineData(Topology.Torus, 150, 130, 11UL)]
    [InlineData(Topology.Bounded, 140, 70, 12UL)]
    [InlineData(Topology.Unbounded, 90, 90, 13UL)]
    public async Task BoardsOfManyRegions_RunningSideBySide_MatchTheArrayEngine_EveryGeneration(
        Topology topology, int width, int height, ulong seed)
    {
        await Task.WhenAll(CompareAsync(seed), CompareAsync(seed + 100));

        async Task CompareAsync(ulong boardSeed)
        {
            var cells = RandomFill.Generate(width, height, 0.3, boardSeed);
            var board = await silo.CreatePausedAsync(cells, width, height, topology);
            var oracle = new ArrayEngine(width, height, topology, LifeRule.Conway, cells);
            for (var generation = 1; generation <= 80; generation++)
            {
                var snapshot = await board.StepAsync(1);
                oracle.Step();
                snapshot.Cells.ShouldBe(oracle.LiveCells(), $"generation {generation} of seed {boardSeed}");
            }
        }
    }
}
