using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Boards.Pods;
using OrleansLife.Grains.Tests.Support;
using OrleansLife.Grains.Cells;
using OrleansLife.Grains.Patterns;
using OrleansLife.Grains.Reference;
using OrleansLife.Grains.Rules;

namespace OrleansLife.Grains.Tests.Boards.Pods;

/// <summary>Lockstep pacing: no generation is computed until the pods show the one before, or the wait for them ends.</summary>
public sealed class BoardGrainLockstepTests(PodsSilo silo) : IClassFixture<PodsSilo>
{
    private static readonly IReadOnlyList<Coordinate> Glider = PatternLibrary.Get("glider").Translate(2, 2);

    private static BoardDefinition LockstepGlider(bool waitForRunning = true) => PodsSilo.Definition(Glider, 12, 12) with
    {
        TickMilliseconds = 0, Pacing = PodPacing.Lockstep, WaitForRunning = waitForRunning, PodTimeoutMilliseconds = 2500,
    };

    [Fact]
    public async Task WhileAGenerationsPodsAreWithheld_TheBoardStaysAtIt_AndGoesOnOnceTheyShow()
    {
        var oracle = new ArrayEngine(12, 12, Topology.Torus, LifeRule.Conway, Glider);
        var (board, pods, _) = await silo.CreateAsync(LockstepGlider(), held: true);
        for (var generation = 0; generation < 3; generation++)
        {
            var wait = await pods.NextWaitAsync();
            (wait.Generation, wait.WaitForRunning, wait.Timeout).ShouldBe((generation, true, TimeSpan.FromMilliseconds(2500)));
            wait.Shown(true);
            oracle.Step();
        }

        var withheld = await pods.NextWaitAsync();
        var held = await silo.SettledAsync(board);

        withheld.Generation.ShouldBe(3);
        (held.Generation, held.State, held.Message).ShouldBe((3L, BoardState.Running, (string?)null));
        held.Cells.ShouldBe(oracle.LiveCells());
        pods.DeclaredGenerations.ShouldBe([0, 1, 2, 3]);
        pods.HasUnreadWait.ShouldBeFalse();

        withheld.Shown(true);
        var next = await pods.NextWaitAsync();
        oracle.Step();

        next.Generation.ShouldBe(4);
        pods.Declared[^1].Live.ShouldBe(oracle.LiveCells());
        (await board.GetAsync()).Generation.ShouldBe(4);
        await board.DeleteAsync();
    }

    [Fact]
    public async Task AStepOfAPausedBoard_WaitsForThePodsOfTheGenerationBefore()
    {
        var (board, pods, _) = await silo.CreateAsync(LockstepGlider() with { StartPaused = true }, held: true);
        var first = await pods.NextWaitAsync();

        var step = board.StepAsync(1);
        var before = await silo.SettledAsync(board);
        var stepped = step.IsCompleted;
        first.Shown(true);
        var after = await step.WaitAsync(BoardPodsRecord.Patience);

        (stepped, before.Generation).ShouldBe((false, 0L));
        (after.Generation, after.State).ShouldBe((1L, BoardState.Paused));
        (await pods.NextWaitAsync()).Generation.ShouldBe(1);
        pods.DeclaredGenerations.ShouldBe([0, 1]);
    }

    [Theory]
    [InlineData(true, "The pods of generation 0 were not all Running within 2500 ms; the board went on without them.")]
    [InlineData(false, "The pods of generation 0 were not all created within 2500 ms; the board went on without them.")]
    public async Task AWaitThatTimesOut_SetsTheMessage_AndTheBoardGoesOn_UntilAGenerationShowsInTime(bool waitForRunning, string message)
    {
        var (board, pods, _) = await silo.CreateAsync(LockstepGlider(waitForRunning), held: true);

        (await pods.NextWaitAsync()).Shown(false);
        var second = await pods.NextWaitAsync();
        var late = await board.GetAsync();
        second.Shown(true);
        var third = await pods.NextWaitAsync();
        var caughtUp = await board.GetAsync();

        (second.Generation, late.Generation, late.State, late.Message).ShouldBe((1L, 1L, BoardState.Running, message));
        (third.Generation, caughtUp.Generation, caughtUp.Message).ShouldBe((2L, 2L, (string?)null));
        await board.DeleteAsync();
    }

    [Fact]
    public async Task AWaitThatFails_CountsAsLate_AndTheBoardGoesOn()
    {
        var (board, pods, _) = await silo.CreateAsync(LockstepGlider(waitForRunning: false), held: true);

        (await pods.NextWaitAsync()).Done.SetException(new InvalidOperationException("the reconciler is gone"));
        var next = await pods.NextWaitAsync();
        var snapshot = await board.GetAsync();

        (next.Generation, snapshot.Generation).ShouldBe((1L, 1L));
        snapshot.Message.ShouldBe("The pods of generation 0 were not all created within 2500 ms; the board went on without them.");
        await board.DeleteAsync();
    }

    [Fact]
    public async Task TheWaitOfADeletedBoard_EndingLate_DoesNotMoveTheBoardThatTookItsName()
    {
        var (board, pods, created) = await silo.CreateAsync(LockstepGlider(), held: true);
        var stale = await pods.NextWaitAsync();
        await board.DeleteAsync();
        await board.CreateAsync(LockstepGlider() with { Name = created.Name });
        var fresh = await pods.NextWaitAsync();

        stale.Shown(true);
        var after = await silo.SettledAsync(board);

        (stale.Generation, fresh.Generation, after.Generation).ShouldBe((0L, 0L, 0L));
        pods.DeclaredGenerations.ShouldBe([0, 0]);
        pods.HasUnreadWait.ShouldBeFalse();
        fresh.Shown(true);
        (await pods.NextWaitAsync()).Generation.ShouldBe(1);
        await board.DeleteAsync();
    }

    [Fact]
    public async Task FollowPacing_NeverWaitsForThePods()
    {
        var (board, pods, _) = await silo.CreateAsync(LockstepGlider() with { Pacing = PodPacing.Follow, MaxGenerations = 12 }, held: true);

        await pods.DeclarationOfAsync(12);
        var finished = await silo.SettledAsync(board);

        (finished.Generation, finished.State).ShouldBe((12L, BoardState.Completed));
        pods.HasUnreadWait.ShouldBeFalse();
    }
}
