using OrleansLife.Grains.Tests.Support;
using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Cells;
using OrleansLife.Grains.Patterns;
using OrleansLife.Grains.Reference;
using OrleansLife.Grains.Rules;

namespace OrleansLife.Grains.Tests.Boards.Pods;

/// <summary>What a board tells its pods: every generation once, in order, with exactly the live cells the array engine computes.</summary>
public sealed class BoardGrainDeclarationTests(PodsSilo silo) : IClassFixture<PodsSilo>
{
    [Theory]
    [InlineData(Topology.Torus, 20, 20, 0.35, 31UL)]
    [InlineData(Topology.Bounded, 24, 13, 0.40, 32UL)]
    [InlineData(Topology.Unbounded, 16, 16, 0.45, 33UL)]
    public async Task RunningFlatOut_DeclaresEveryGeneration_Once_InOrder_WithTheArrayEnginesCells(
        Topology topology, int width, int height, double density, ulong seed)
    {
        const int Last = 40;
        var cells = RandomFill.Generate(width, height, density, seed);
        var oracle = new ArrayEngine(width, height, topology, LifeRule.Conway, cells);

        var (board, pods, _) = await silo.CreateAsync(PodsSilo.Definition(cells, width, height, topology) with
        {
            TickMilliseconds = 0, MaxGenerations = Last,
        });

        for (var generation = 0; generation <= Last; generation++)
        {
            var declared = await pods.NextDeclarationAsync();
            declared.Generation.ShouldBe(generation);
            declared.Live.ShouldBe(oracle.LiveCells(), $"generation {generation}");
            oracle.Step();
        }
        var finished = await silo.SettledAsync(board);
        (finished.State, finished.Generation).ShouldBe((BoardState.Completed, (long)Last));
        pods.DeclaredGenerations.ShouldBe(Generations(0, Last));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("0f6e2b1c-5d4a-4c3b-9a8f-7e6d5c4b3a21")]
    public async Task Stepping_DeclaresEachGenerationOnce_BeforeTheStepAnswers_WithTheOwnersUid(string? uid)
    {
        var cells = RandomFill.Generate(18, 18, 0.4, 34);
        var oracle = new ArrayEngine(18, 18, Topology.Torus, LifeRule.Conway, cells);
        var (board, pods, _) = await silo.CreateAsync(PodsSilo.Definition(cells, 18, 18) with { StartPaused = true, ResourceUid = uid });
        var expected = new List<PodDeclaration> { new(0, [.. oracle.LiveCells()], uid) };

        foreach (var steps in new[] { 1, 2, 3, 5, 8, 13 })
        {
            var snapshot = await board.StepAsync(steps);
            for (var i = 0; i < steps; i++)
            {
                oracle.Step();
                expected.Add(new PodDeclaration(oracle.Generation, [.. oracle.LiveCells()], uid));
            }

            // Declared in the turn that completed the generation, so already recorded when the step answers.
            snapshot.Generation.ShouldBe(oracle.Generation);
            pods.Declared.Select(d => (d.Generation, d.OwnerUid)).ShouldBe(expected.Select(d => (d.Generation, d.OwnerUid)));
            pods.Declared.Select(d => d.Live).ShouldBe(expected.Select(d => d.Live), $"after generation {oracle.Generation}");
        }
    }

    [Fact]
    public async Task Generation0_IsDeclared_BeforeCreationAnswers()
    {
        Coordinate[] blinker = [new(1, 2), new(2, 2), new(3, 2)];

        var (_, pods, created) = await silo.CreateAsync(PodsSilo.Definition(blinker, 5, 5, Topology.Bounded) with { StartPaused = true });

        created.Generation.ShouldBe(0);
        pods.Declared.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            d => d.Generation.ShouldBe(0),
            d => d.Live.ShouldBe(blinker),
            d => d.OwnerUid.ShouldBeNull());
    }

    // Before empty rounds completed in turns of their own, this overflowed the stack and killed the test process.
    [Fact]
    public async Task ADiedOutBoard_SteppedTheMostAStepMayAsk_DeclaresEveryGenerationEmpty()
    {
        const int Steps = 10_000;
        var (board, pods, _) = await silo.CreateAsync(PodsSilo.Definition([new(2, 2)], 5, 5, Topology.Bounded) with { StartPaused = true });

        var snapshot = await board.StepAsync(Steps);

        (snapshot.Generation, snapshot.Population).ShouldBe(((long)Steps, 0));
        pods.DeclaredGenerations.ShouldBe(Generations(0, Steps));
        pods.Declared.Skip(1).ShouldAllBe(d => d.Live.Length == 0);
    }

    private static long[] Generations(long first, long last) => [.. Enumerable.Range(0, (int)(last - first + 1)).Select(i => first + i)];
}
