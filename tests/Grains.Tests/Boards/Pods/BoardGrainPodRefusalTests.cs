using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Boards.Pods;
using OrleansLife.Grains.Tests.Support;
using OrleansLife.Grains.Cells;
using OrleansLife.Grains.Patterns;
using OrleansLife.Grains.Reference;
using OrleansLife.Grains.Rules;

namespace OrleansLife.Grains.Tests.Boards.Pods;

/// <summary>A generation the pods refuse, or one over the board's own maxPods, pauses a running board and says why.</summary>
public sealed class BoardGrainPodRefusalTests(PodsSilo silo) : IClassFixture<PodsSilo>
{
    private const string Refusal = "Board would need 99 pods, but the operator allows at most 98 per board.";
    private static readonly Coordinate[] Blinker = [new(1, 2), new(2, 2), new(3, 2)];

    // R-pentomino populations from generation 0 (LifeWiki): 5, 6, 7, 9, 8, 9, 12.
    private static readonly IReadOnlyList<Coordinate> RPentomino = PatternLibrary.Get("r-pentomino").Translate(10, 10);

    [Fact]
    public async Task ARefusedGeneration_PausesARunningBoard_WithTheRefusal_AndResumeClearsIt()
    {
        var (board, pods, _) = await silo.CreateAsync(PodsSilo.Definition(Blinker, 5, 5) with { TickMilliseconds = 0, MaxGenerations = 6 },
            prepare: pods => pods.Refuse = (generation, _) => generation == 3 ? Refusal : null);

        await pods.DeclarationOfAsync(3);
        var paused = await silo.SettledAsync(board);
        var declaredWhilePaused = pods.DeclaredGenerations;
        var resumed = await board.ResumeAsync();
        await pods.DeclarationOfAsync(6);
        var finished = await silo.SettledAsync(board);

        (paused.Generation, paused.State, paused.Message).ShouldBe((3L, BoardState.Paused, Refusal));
        declaredWhilePaused.ShouldBe([0, 1, 2, 3]);
        (resumed.Generation, resumed.State, resumed.Message).ShouldBe((3L, BoardState.Running, (string?)null));
        (finished.Generation, finished.State, finished.Message).ShouldBe((6L, BoardState.Completed, (string?)null));
        pods.DeclaredGenerations.ShouldBe([0, 1, 2, 3, 4, 5, 6]);
    }

    [Fact]
    public async Task ARefusedGeneration_OfALockstepBoard_IsNotWaitedFor()
    {
        var (board, pods, _) = await silo.CreateAsync(PodsSilo.Definition(Blinker, 5, 5) with { TickMilliseconds = 0, Pacing = PodPacing.Lockstep },
            prepare: pods => pods.Refuse = (generation, _) => generation == 2 ? Refusal : null);

        var waited = new List<long> { (await pods.NextWaitAsync()).Generation, (await pods.NextWaitAsync()).Generation };
        await pods.DeclarationOfAsync(2);
        var paused = await silo.SettledAsync(board);
        var waitedWhilePaused = pods.HasUnreadWait;
        await board.ResumeAsync();
        waited.Add((await pods.NextWaitAsync()).Generation);

        (paused.Generation, paused.State, paused.Message).ShouldBe((2L, BoardState.Paused, Refusal));
        waitedWhilePaused.ShouldBeFalse();
        waited.ShouldBe([0, 1, 3]);
        await board.DeleteAsync();
    }

    [Fact]
    public async Task MoreLiveCellsThanMaxPods_PauseTheBoard_WithoutDeclaringThem_UntilResumed()
    {
        var oracle = new ArrayEngine(30, 30, Topology.Unbounded, LifeRule.Conway, RPentomino);
        var (board, pods, _) = await silo.CreateAsync(PodsSilo.Definition(RPentomino, 30, 30, Topology.Unbounded) with
        {
            TickMilliseconds = 0, MaxPods = 8,
        });

        // Running flat out, the board is computing the next generation by the time it declares one: a step of 0
        // generations answers once that is done.
        await pods.DeclarationOfAsync(2);
        var first = await board.StepAsync(0);
        oracle.Step(3);
        var declaredBeforeResume = pods.DeclaredGenerations;
        await board.ResumeAsync();
        await pods.DeclarationOfAsync(4);
        var second = await board.StepAsync(0);

        (first.Generation, first.State, first.Population).ShouldBe((3L, BoardState.Paused, 9));
        first.Cells.ShouldBe(oracle.LiveCells());
        first.Message.ShouldBe("Generation 3 has 9 live cells, more than the board's maxPods of 8; the board is paused.");
        declaredBeforeResume.ShouldBe([0, 1, 2]);
        (second.Generation, second.State).ShouldBe((5L, BoardState.Paused));
        second.Message.ShouldBe("Generation 5 has 9 live cells, more than the board's maxPods of 8; the board is paused.");
        pods.DeclaredGenerations.ShouldBe([0, 1, 2, 4]);
    }

    [Theory]
    [InlineData(2, BoardState.Paused, "Generation 0 has 3 live cells, more than the board's maxPods of 2; the board is paused.", new long[0])]
    [InlineData(3, BoardState.Running, null, new long[] { 0 })]
    public async Task MaxPods_AppliesToGeneration0(int maxPods, BoardState state, string? message, long[] declared)
    {
        var (board, pods, created) = await silo.CreateAsync(PodsSilo.Definition(Blinker, 5, 5) with { MaxPods = maxPods, TickMilliseconds = 60_000 });

        (created.Generation, created.State, created.Message).ShouldBe((0L, state, message));
        pods.DeclaredGenerations.ShouldBe(declared);
        await board.DeleteAsync();
    }

    [Fact]
    public async Task TheSnapshot_CarriesThePodSettings_AndWhatThePodsReport()
    {
        var counts = new BoardPodCounts(Desired: 3, Existing: 2, Running: 1, Terminating: 1, ShownGeneration: 0, LagGenerations: 1, Problem: "quota");

        var (_, _, created) = await silo.CreateAsync(PodsSilo.Definition(Blinker, 5, 5) with
        {
            StartPaused = true, Pacing = PodPacing.Lockstep, WaitForRunning = true, MaxPods = 40, ResourceUid = "uid-1",
        }, prepare: pods => pods.Counts = counts);

        (created.Pacing, created.WaitForRunning, created.MaxPods, created.ResourceUid, created.Message)
            .ShouldBe((PodPacing.Lockstep, true, (int?)40, "uid-1", (string?)null));
        created.Pods.ShouldBe(counts);
    }
}
