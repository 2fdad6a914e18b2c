using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Cells;
using OrleansLife.Grains.Patterns;
using OrleansLife.Grains.Tests.Support;

namespace OrleansLife.Grains.Tests.Boards;

/// <summary>Published LifeWiki facts about famous patterns, reproduced by cell grains talking to each other.</summary>
public sealed class BoardGrainOracleTests(LifeSilo silo) : IClassFixture<LifeSilo>
{
    [Theory]
    [InlineData("blinker")]
    [InlineData("toad")]
    [InlineData("beacon")]
    public async Task Oscillator_HasPeriodTwo(string name)
    {
        var pattern = PatternLibrary.Get(name);
        var board = await silo.CreatePausedAsync(pattern.CenteredOn(8, 8), 8, 8, Topology.Bounded);
        var start = await board.GetAsync();

        var first = await board.StepAsync(1);
        var second = await board.StepAsync(1);

        first.Cells.ShouldNotBe(start.Cells);
        second.Cells.ShouldBe(start.Cells);
    }

    [Fact]
    public async Task Pulsar_HasPeriodThree_WithPhasePopulations_48_56_72()
    {
        var board = await silo.CreatePausedAsync(PatternLibrary.Get("pulsar").CenteredOn(17, 17), 17, 17, Topology.Bounded);
        var start = await board.GetAsync();

        var populations = new List<int> { start.Population };
        for (var i = 0; i < 3; i++) populations.Add((await board.StepAsync(1)).Population);

        populations.ShouldBe([48, 56, 72, 48]);
        (await board.GetAsync()).Cells.ShouldBe(start.Cells);
    }

    [Theory]
    [InlineData(Topology.Unbounded)]
    [InlineData(Topology.Torus)]
    public async Task Glider_IsDisplacedByOneOne_EveryFourGenerations(Topology topology)
    {
        var glider = PatternLibrary.Get("glider").Translate(2, 2);
        var board = await silo.CreatePausedAsync(glider, 40, 40, topology);

        for (var period = 1; period <= 5; period++)
        {
            var after = await board.StepAsync(4);
            after.Population.ShouldBe(5);
            after.Cells.ShouldBe(glider.Select(c => c.Offset(period, period)));
        }
    }

    [Fact]
    public async Task GosperGun_HasPeriodThirty_AndEmitsOneGliderPerPeriod()
    {
        var gun = PatternLibrary.Get("gosper-glider-gun");
        var board = await silo.CreatePausedAsync(gun.Cells, gun.Width, gun.Height, Topology.Unbounded);

        var snapshots = new List<BoardSnapshot> { await board.GetAsync() };
        for (var period = 1; period <= 4; period++) snapshots.Add(await board.StepAsync(30));

        snapshots.Select(s => s.Population).ShouldBe([36, 41, 46, 51, 56]);
        // Within the gun's own frame, every period looks the same: the gun, and its newest glider at the same place.
        var frames = snapshots.Skip(1).Select(s => InFrame(s.Cells, gun.Width, gun.Height)).ToList();
        frames.ShouldAllBe(frame => frame.SequenceEqual(frames[0]));
    }

    [Fact]
    public async Task Diehard_VanishesAfterExactly130Generations()
    {
        var board = await silo.CreatePausedAsync(PatternLibrary.Get("diehard").Cells, 8, 3, Topology.Unbounded);

        (await board.StepAsync(129)).Population.ShouldBeGreaterThan(0);
        (await board.StepAsync(1)).Population.ShouldBe(0);
    }

    [Fact]
    public async Task RPentomino_OnTheUnboundedPlane_StabilisesAtGeneration1103_WithPopulation116()
    {
        var board = await silo.CreatePausedAsync(PatternLibrary.Get("r-pentomino").Cells, 3, 3, Topology.Unbounded);

        var before = await board.StepAsync(1102);
        var stable = await board.StepAsync(1);
        var after = await board.StepAsync(2);

        before.Population.ShouldNotBe(116);
        stable.Population.ShouldBe(116);
        after.Population.ShouldBe(116);
    }

    [Fact]
    public async Task Acorn_OnTheUnboundedPlane_StabilisesAtGeneration5206_WithPopulation633()
    {
        var board = await silo.CreatePausedAsync(PatternLibrary.Get("acorn").Cells, 7, 3, Topology.Unbounded);

        // In slices, so that no single call approaches the call timeout on a slow machine.
        for (var generation = 0; generation < 5000; generation += 500) await board.StepAsync(500);
        var stable = await board.StepAsync(206);
        var after = await board.StepAsync(2);

        stable.Population.ShouldBe(633);
        after.Population.ShouldBe(633);
    }

    private static Coordinate[] InFrame(IEnumerable<Coordinate> cells, int width, int height) =>
        [.. cells.Where(c => c.X >= 0 && c.X < width && c.Y >= 0 && c.Y < height)];
}
