using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Cells;
using OrleansLife.Grains.Patterns;
using OrleansLife.Grains.Reference;
using OrleansLife.Grains.Rules;
using OrleansLife.Grains.Tests.Support;

namespace OrleansLife.Grains.Tests.Boards;

/// <summary>What a board does besides computing generations: its states, its events, its activations.</summary>
public sealed class BoardGrainLifecycleTests(LifeSilo silo) : IClassFixture<LifeSilo>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private static readonly Coordinate[] Blinker = [new(1, 2), new(2, 2), new(3, 2)];

    [Fact]
    public async Task DuplicateAndOffBoardSeeds_AreIgnored()
    {
        Coordinate[] seeds = [new(1, 2), new(1, 2), new(2, 2), new(3, 2), new(7, 7), new(-1, 0)];
        var board = await silo.CreatePausedAsync(seeds, 5, 5, Topology.Bounded);

        (await board.GetAsync()).Cells.ShouldBe(Blinker);
        (await board.StepAsync(1)).Cells.ShouldBe([new(2, 1), new(2, 2), new(2, 3)]);
    }

    [Fact]
    public async Task TheSeedingGeneration_HasNoBirthsOrDeaths()
    {
        var board = await silo.CreatePausedAsync(Blinker, 5, 5, Topology.Bounded);

        var start = await board.GetAsync();
        var next = await board.StepAsync(1);

        (start.Generation, start.LastBirths, start.LastDeaths).ShouldBe((0L, 0, 0));
        (next.Generation, next.LastBirths, next.LastDeaths).ShouldBe((1L, 2, 2));
    }

    [Theory]
    [InlineData(Topology.Torus)]
    [InlineData(Topology.Bounded)]
    [InlineData(Topology.Unbounded)]
    public async Task BetweenGenerations_OnlyLiveCellsAndTheirNeighbours_HaveActivations(Topology topology)
    {
        var name = LifeSilo.NewBoardName("sparse");
        var board = await silo.CreatePausedAsync(PatternLibrary.Get("r-pentomino").Translate(8, 8), 20, 20, topology, name: name);

        // Cells left empty are collected by Orleans after the (test-short) collection age: check a few generations apart.
        foreach (var steps in new[] { 1, 2, 5, 9, 23 })
        {
            var snapshot = await board.StepAsync(steps);
            var generation = snapshot.Generation;
            var frontier = Frontier(snapshot.Cells, snapshot.Geometry);
            var active = new HashSet<Coordinate>();
            await EventuallyAsync(async () => (active = await silo.ActiveCellsAsync(name)).SetEquals(frontier),
                () => $"generation {generation}: extra {string.Join(" ", active.Except(frontier))}, missing {string.Join(" ", frontier.Except(active))}");
        }
    }

    [Fact]
    public async Task ADeletedBoard_LeavesNoCellActivations()
    {
        var name = LifeSilo.NewBoardName("gone");
        var board = await silo.CreatePausedAsync(PatternLibrary.Get("acorn").Translate(20, 20), 60, 60, Topology.Bounded, name: name);
        await board.StepAsync(30);

        await board.DeleteAsync();

        await EventuallyAsync(async () => (await silo.ActiveCellsAsync(name)).Count == 0, "after deletion");
    }

    [Fact]
    public async Task ARunningBoard_AdvancesOnItsOwn_AndPausedItStops()
    {
        var name = LifeSilo.NewBoardName("running");
        var events = silo.Events.WatchAsync(name, CancellationToken.None).GetAsyncEnumerator();
        var moved = events.MoveNextAsync();
        var board = silo.Grains.GetGrain<IBoardGrain>(name);
        await board.CreateAsync(new BoardDefinition
        {
            Name = name, Geometry = new BoardGeometry(5, 5, Topology.Bounded), InitialCells = Blinker, TickMilliseconds = 0,
            MaxGenerations = 50,
        });

        (await moved.AsTask().WaitAsync(Patience)).ShouldBeTrue();
        events.Current.Generation.ShouldBeGreaterThanOrEqualTo(1);
        var finished = await board.StepAsync(0);
        while (finished.State != BoardState.Completed) finished = await board.StepAsync(1);

        finished.Generation.ShouldBeGreaterThanOrEqualTo(50);
        (await board.ResumeAsync()).State.ShouldBe(BoardState.Completed);
    }

    [Fact]
    public async Task AnEmptyBoardRunningFlatOut_KeepsAnswering_AndCanBeDeleted()
    {
        // With no region to ask, each generation completes in a turn of its own: once they completed inline, such a
        // board went one stack frame deeper per generation until the process died, and answered nobody meanwhile.
        var name = LifeSilo.NewBoardName("empty");
        var events = silo.Events.WatchAsync(name, CancellationToken.None).GetAsyncEnumerator();
        var board = silo.Grains.GetGrain<IBoardGrain>(name);
        await board.CreateAsync(new BoardDefinition
        {
            Name = name, Geometry = new BoardGeometry(5, 5, Topology.Bounded), InitialCells = [], TickMilliseconds = 0,
        });

        // Well past the depth that overflowed the stack.
        do (await events.MoveNextAsync().AsTask().WaitAsync(Patience)).ShouldBeTrue();
        while (events.Current.Generation < 20_000);

        var running = await board.GetAsync().WaitAsync(Patience);
        (running.State, running.Population).ShouldBe((BoardState.Running, 0));
        await board.DeleteAsync().WaitAsync(Patience);
        await Should.ThrowAsync<BoardNotFoundException>(board.GetAsync());
    }

    [Fact]
    public async Task PauseAndResume_ChangeTheState()
    {
        var board = await silo.CreatePausedAsync(Blinker, 5, 5, Topology.Bounded);

        (await board.ResumeAsync()).State.ShouldBe(BoardState.Running);
        (await board.PauseAsync()).State.ShouldBe(BoardState.Paused);
    }

    [Fact]
    public async Task ADeletedBoard_IsGone_AndItsNameCanStartAFreshBoard()
    {
        var name = LifeSilo.NewBoardName("reborn");
        var board = await silo.CreatePausedAsync(Blinker, 5, 5, Topology.Bounded, name: name);
        await board.StepAsync(1);

        await board.DeleteAsync();
        await Should.ThrowAsync<BoardNotFoundException>(board.GetAsync());

        var reborn = await silo.CreatePausedAsync([new(0, 0), new(1, 0), new(0, 1), new(1, 1)], 5, 5, Topology.Bounded, name: name);
        // A block is still: had the old blinker's cells survived in their grains, this would not hold.
        (await reborn.StepAsync(3)).Cells.ShouldBe([new(0, 0), new(1, 0), new(0, 1), new(1, 1)]);
    }

    [Fact]
    public async Task CreatingABoardTwice_Throws()
    {
        var name = LifeSilo.NewBoardName("twice");
        await silo.CreatePausedAsync(Blinker, 5, 5, Topology.Bounded, name: name);

        await Should.ThrowAsync<BoardAlreadyExistsException>(silo.CreatePausedAsync(Blinker, 5, 5, Topology.Bounded, name: name));
    }

    [Fact]
    public async Task HighLife_Replicator_FollowsB36S23()
    {
        var replicator = PatternLibrary.Get("replicator");
        var board = await silo.CreatePausedAsync(replicator.Translate(20, 20), 64, 64, Topology.Bounded, "B36/S23");
        var oracle = new ArrayEngine(64, 64, Topology.Bounded, LifeRule.Parse("B36/S23"), replicator.Translate(20, 20));

        oracle.Step(12);
        (await board.StepAsync(12)).Cells.ShouldBe(oracle.LiveCells());
    }

    private static HashSet<Coordinate> Frontier(IEnumerable<Coordinate> live, BoardGeometry geometry)
    {
        var frontier = new HashSet<Coordinate>();
        Span<Coordinate> around = stackalloc Coordinate[8];
        foreach (var cell in live)
        {
            frontier.Add(cell);
            var count = geometry.Neighbours(cell, around);
            for (var i = 0; i < count; i++) frontier.Add(around[i]);
        }
        return frontier;
    }

    /// <summary>
    /// Waits for retirements to finish. They are one-way messages that no one awaits, by design, so there is no event
    /// to wait on: this polls, bounded by a deadline so that a leak fails the test instead of hanging it.
    /// </summary>
    private static Task EventuallyAsync(Func<Task<bool>> condition, string what) => EventuallyAsync(condition, () => what);

    private static async Task EventuallyAsync(Func<Task<bool>> condition, Func<string> what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new ShouldAssertException($"The condition never held ({what()}).");
            await Task.Yield();
        }
    }
}
