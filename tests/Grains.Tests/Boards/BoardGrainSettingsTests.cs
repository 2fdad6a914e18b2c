using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Boards.Pods;
using OrleansLife.Grains.Cells;
using OrleansLife.Grains.Tests.Support;

namespace OrleansLife.Grains.Tests.Boards;

/// <summary>Changing a board's settings while it runs: its speed, where it stops, and its pod pacing.</summary>
public sealed class BoardGrainSettingsTests(LifeSilo silo) : IClassFixture<LifeSilo>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private static readonly Coordinate[] Blinker = [new(1, 2), new(2, 2), new(3, 2)];

    [Fact]
    public async Task ACompletedBoard_GivenALaterMaximum_RunsOnToIt_AndStopsThere()
    {
        var (board, events) = await StartAsync(tick: 0, maxGenerations: 3);
        await events.UntilAsync(3);
        (await board.GetAsync()).State.ShouldBe(BoardState.Completed);

        var reconfigured = await board.ReconfigureAsync(Settings(tick: 0, maxGenerations: 8));

        reconfigured.State.ShouldBe(BoardState.Running);
        await events.UntilAsync(8);
        var finished = await board.GetAsync();
        (finished.State, finished.Generation, finished.MaxGenerations).ShouldBe((BoardState.Completed, 8L, 8L));
    }

    [Fact]
    public async Task ABoardGivenAMaximumItHasPassed_CompletesAtOnce_AndStepsStillWork()
    {
        var (board, _) = await StartAsync(tick: 60_000, maxGenerations: null);
        await board.StepAsync(5);

        var reconfigured = await board.ReconfigureAsync(Settings(tick: 60_000, maxGenerations: 2));

        (reconfigured.State, reconfigured.Generation).ShouldBe((BoardState.Completed, 5L));
        (await board.StepAsync(1)).Generation.ShouldBe(6);
    }

    [Fact]
    public async Task ASlowBoardMadeFlatOut_StartsAdvancing_AndKeepsItsNewSettings()
    {
        var (board, events) = await StartAsync(tick: 60_000, maxGenerations: null);

        var reconfigured = await board.ReconfigureAsync(Settings(tick: 0, maxGenerations: 40, pacing: PodPacing.Lockstep, maxPods: 9));

        (reconfigured.TickMilliseconds, reconfigured.Pacing, reconfigured.MaxPods).ShouldBe((0, PodPacing.Lockstep, (int?)9));
        await events.UntilAsync(40);
        // A blinker is back in its first phase every even generation.
        (await board.GetAsync()).Cells.ShouldBe(Blinker);
    }

    private async Task<(IBoardGrain Board, BoardWatch Events)> StartAsync(int tick, long? maxGenerations)
    {
        var name = LifeSilo.NewBoardName("settings");
        var events = new BoardWatch(silo.Events.WatchAsync(name, CancellationToken.None).GetAsyncEnumerator());
        var board = silo.Grains.GetGrain<IBoardGrain>(name);
        await board.CreateAsync(new BoardDefinition
        {
            Name = name, Geometry = new BoardGeometry(5, 5, Topology.Bounded), InitialCells = Blinker, TickMilliseconds = tick,
            MaxGenerations = maxGenerations,
        });
        return (board, events);
    }

    private static BoardSettings Settings(int tick, long? maxGenerations, PodPacing pacing = PodPacing.Follow, int? maxPods = null) =>
        new(tick, maxGenerations, pacing, WaitForRunning: false, PodTimeoutMilliseconds: 10_000, maxPods);

    /// <summary>A board's generations, watched from before it is created (asking for the first registers the watcher).</summary>
    private sealed class BoardWatch(IAsyncEnumerator<GenerationRecord> events)
    {
        private Task<bool> _next = events.MoveNextAsync().AsTask();

        public async Task UntilAsync(long generation)
        {
            while (true)
            {
                (await _next.WaitAsync(Patience)).ShouldBeTrue();
                var reached = events.Current.Generation;
                _next = events.MoveNextAsync().AsTask();
                if (reached >= generation) return;
            }
        }
    }
}
