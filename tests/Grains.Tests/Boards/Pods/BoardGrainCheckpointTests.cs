using OrleansLife.Grains.Tests.Support;
using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Cells;
using OrleansLife.Grains.Patterns;
using OrleansLife.Grains.Reference;
using OrleansLife.Grains.Rules;

namespace OrleansLife.Grains.Tests.Boards.Pods;

/// <summary>A board made from a durable object: resumed from its checkpoint, started once per object, its pods forgotten with it.</summary>
public sealed class BoardGrainCheckpointTests(PodsSilo silo) : IClassFixture<PodsSilo>
{
    private static readonly Coordinate[] Blinker = [new(1, 2), new(2, 2), new(3, 2)];
    private static readonly Coordinate[] Block = [new(0, 0), new(1, 0), new(0, 1), new(1, 1)];

    [Fact]
    public async Task ResumeFrom_StartsAtTheCheckpoint_AndGoesOnAsTheArrayEngineFromItsCells()
    {
        const long Checkpoint = 1234;
        var saved = RandomFill.Generate(24, 18, 0.4, 41);
        var oracle = new ArrayEngine(24, 18, Topology.Torus, LifeRule.Conway, saved);
        var definition = PodsSilo.Definition(Blinker, 24, 18) with { StartPaused = true, ResumeFrom = new BoardCheckpoint(Checkpoint, saved) };

        var (board, pods, created) = await silo.CreateAsync(definition);

        (created.Generation, created.LastBirths, created.LastDeaths).ShouldBe((Checkpoint, 0, 0));
        created.Cells.ShouldBe(oracle.LiveCells());
        pods.Declared.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            d => d.Generation.ShouldBe(Checkpoint),
            d => d.Live.ShouldBe(oracle.LiveCells()));
        for (var generation = Checkpoint + 1; generation <= Checkpoint + 30; generation++)
        {
            var snapshot = await board.StepAsync(1);
            oracle.Step();
            snapshot.Generation.ShouldBe(generation);
            snapshot.Cells.ShouldBe(oracle.LiveCells(), $"generation {generation}");
            (snapshot.LastBirths, snapshot.LastDeaths).ShouldBe((oracle.LastBirths, oracle.LastDeaths), $"generation {generation}");
            pods.Declared[^1].Generation.ShouldBe(generation);
            pods.Declared[^1].Live.ShouldBe(oracle.LiveCells(), $"generation {generation}");
        }
    }

    [Fact]
    public async Task ResumeFrom_DropsDuplicateAndOffBoardCells_OfTheCheckpoint()
    {
        Coordinate[] saved = [new(1, 2), new(1, 2), new(2, 2), new(3, 2), new(5, 0), new(-1, 4)];

        var (board, pods, created) = await silo.CreateAsync(PodsSilo.Definition(Block, 5, 5, Topology.Bounded) with
        {
            StartPaused = true, ResumeFrom = new BoardCheckpoint(7, saved),
        });

        (created.Generation, created.Population).ShouldBe((7L, 3));
        created.Cells.ShouldBe(Blinker);
        pods.Declared.ShouldHaveSingleItem().Live.ShouldBe(Blinker);
        (await board.StepAsync(1)).Cells.ShouldBe([new(2, 1), new(2, 2), new(2, 3)]);
    }

    [Fact]
    public async Task ResumeFrom_CountsMaxGenerationsFromGeneration0()
    {
        var (board, pods, _) = await silo.CreateAsync(PodsSilo.Definition(Blinker, 5, 5) with
        {
            TickMilliseconds = 0, MaxGenerations = 100, ResumeFrom = new BoardCheckpoint(95, Blinker),
        });

        await pods.DeclarationOfAsync(100);
        var finished = await silo.SettledAsync(board);

        (finished.Generation, finished.State).ShouldBe((100L, BoardState.Completed));
        pods.DeclaredGenerations.ShouldBe([95, 96, 97, 98, 99, 100]);
    }

    [Fact]
    public async Task ResumeFrom_AtMaxGenerations_IsCompletedAtOnce()
    {
        var (board, pods, created) = await silo.CreateAsync(PodsSilo.Definition(Blinker, 5, 5) with
        {
            TickMilliseconds = 0, MaxGenerations = 100, ResumeFrom = new BoardCheckpoint(100, Blinker),
        });

        var settled = await silo.SettledAsync(board);

        (created.Generation, created.State).ShouldBe((100L, BoardState.Completed));
        (settled.Generation, settled.State).ShouldBe((100L, BoardState.Completed));
        pods.DeclaredGenerations.ShouldBe([100]);
    }

    [Fact]
    public async Task CreatingAgain_FromTheSameObject_IsTheSameBoard()
    {
        var (board, pods, created) = await silo.CreateAsync(PodsSilo.Definition(Blinker, 5, 5) with { StartPaused = true, ResourceUid = "uid-a" });
        await board.StepAsync(2);

        var again = await board.CreateAsync(PodsSilo.Definition(Block, 9, 9) with { Name = created.Name, ResourceUid = "uid-a" });

        (again.Generation, again.State, again.CreatedAt, again.Geometry).ShouldBe((2L, BoardState.Paused, created.CreatedAt, created.Geometry));
        again.Cells.ShouldBe(Blinker);
        pods.DeclaredGenerations.ShouldBe([0, 1, 2]);
    }

    [Theory]
    [InlineData("uid-a", "uid-b")]
    [InlineData("uid-a", null)]
    [InlineData(null, "uid-a")]
    [InlineData(null, null)]
    public async Task CreatingAgain_FromAnotherObject_OrNone_Throws(string? first, string? second)
    {
        var (board, pods, created) = await silo.CreateAsync(PodsSilo.Definition(Blinker, 5, 5) with { StartPaused = true, ResourceUid = first });

        var error = await Should.ThrowAsync<BoardAlreadyExistsException>(
            board.CreateAsync(PodsSilo.Definition(Blinker, 5, 5) with { Name = created.Name, ResourceUid = second }));

        error.Board.ShouldBe(created.Name);
        (await board.GetAsync()).ResourceUid.ShouldBe(first);
        pods.DeclaredGenerations.ShouldBe([0]);
    }

    [Fact]
    public async Task Delete_ForgetsTheBoardsPods_Once()
    {
        var (board, pods, _) = await silo.CreateAsync(PodsSilo.Definition(Blinker, 5, 5) with { StartPaused = true });
        var before = pods.TimesForgotten;

        await board.DeleteAsync();

        (before, pods.TimesForgotten).ShouldBe((0, 1));
        await Should.ThrowAsync<BoardNotFoundException>(board.DeleteAsync());
        pods.TimesForgotten.ShouldBe(1);
    }
}
