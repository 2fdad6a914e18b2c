using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Cells;
using OrleansLife.Grains.Patterns;

namespace OrleansLife.Grains.Tests.Reference;

// Published facts about the library's still lifes, oscillators, spaceships and gun (LifeWiki), run on the array engine.
public sealed partial class ArrayEngineTests
{
    [Theory]
    [InlineData("block")]
    [InlineData("beehive")]
    [InlineData("loaf")]
    [InlineData("boat")]
    public void StillLife_DoesNotChange(string name)
    {
        var engine = Place(name, Topology.Bounded, 10, 10, 3, 3);
        var start = engine.LiveCells();

        engine.Step();

        engine.LiveCells().ShouldBe(start);
        engine.LastBirths.ShouldBe(0);
        engine.LastDeaths.ShouldBe(0);
    }

    [Theory]
    [InlineData("blinker", 2)]
    [InlineData("toad", 2)]
    [InlineData("beacon", 2)]
    [InlineData("pulsar", 3)]
    [InlineData("pentadecathlon", 15)]
    public void Oscillator_ReturnsToItsStart_AfterItsPeriodAndNotBefore(string name, int period)
    {
        var engine = Place(name, Topology.Unbounded, 20, 20, 5, 5);
        var start = engine.LiveCells();

        for (var generation = 1; generation < period; generation++)
        {
            engine.Step();
            engine.LiveCells().ShouldNotBe(start);
        }

        engine.Step();
        engine.LiveCells().ShouldBe(start);
    }

    [Fact]
    public void Pulsar_PopulationCycles_48_56_72()
    {
        var engine = Place("pulsar", Topology.Bounded, 17, 17, 2, 2);
        var populations = new List<int>();

        for (var generation = 0; generation < 6; generation++)
        {
            populations.Add(engine.Population);
            engine.Step();
        }

        populations.ShouldBe([48, 56, 72, 48, 56, 72]);
    }

    [Theory]
    [InlineData(Topology.Unbounded)]
    [InlineData(Topology.Torus)]
    public void Glider_MovesOneCellDiagonally_EveryFourGenerations(Topology topology)
    {
        var engine = Place("glider", topology, 12, 12, 2, 2);
        var start = engine.LiveCells();

        for (var period = 1; period <= 5; period++)
        {
            for (var generation = 0; generation < 4; generation++)
            {
                engine.Step();
                engine.Population.ShouldBe(5);
            }

            engine.LiveCells().ShouldBe(start.Select(cell => cell.Offset(period, period)));
        }
    }

    [Fact]
    public void Glider_OnTorus_ComesBackToItsStart_AfterCrossingTheBoard()
    {
        var engine = Place("glider", Topology.Torus, 8, 8, 5, 5);
        var start = engine.LiveCells();

        engine.Step(32);

        engine.LiveCells().ShouldBe(start);
    }

    [Theory]
    [InlineData("lwss", 9)]
    [InlineData("mwss", 11)]
    [InlineData("hwss", 13)]
    public void Spaceship_MovesTwoCellsLeft_EveryFourGenerations(string name, int population)
    {
        var engine = Place(name, Topology.Unbounded, 10, 10, 0, 0);
        var start = engine.LiveCells();

        engine.Step(4);
        engine.LiveCells().ShouldBe(start.Select(cell => cell.Offset(-2, 0)));
        engine.Step(4);

        engine.LiveCells().ShouldBe(start.Select(cell => cell.Offset(-4, 0)));
        engine.Population.ShouldBe(population);
    }

    [Fact]
    public void GosperGun_ReturnsToItsStartEvery30Generations_PlusOneNewGlider()
    {
        var engine = Place("gosper-glider-gun", Topology.Unbounded, 36, 9, 0, 0);
        var gun = engine.LiveCells();

        for (var period = 1; period <= 10; period++)
        {
            engine.Step(30);
            var cells = engine.LiveCells();
            cells.Count.ShouldBe(36 + 5 * period);
            gun.ShouldBeSubsetOf(cells);
            var shots = LifeObjects.Split(cells.Except(gun));
            shots.Count.ShouldBe(period);
            shots.ShouldAllBe(shot => shot.Count == 5);
        }
    }

    [Fact]
    public void GosperGun_HasFiveMoreCells_ThanThirtyGenerationsEarlier_OnceFiring()
    {
        var engine = Place("gosper-glider-gun", Topology.Unbounded, 36, 9, 0, 0);
        engine.Step(60);
        var populations = new List<int>();

        for (var generation = 60; generation <= 240; generation++)
        {
            populations.Add(engine.Population);
            engine.Step();
        }

        for (var i = 30; i < populations.Count; i++) (populations[i] - populations[i - 30]).ShouldBe(5);
    }

    [Fact]
    public void Replicator_InHighLife_HasTwoToTheNCopies_AtGeneration12TimesTwoToTheNMinusOne()
    {
        var replicator = PatternLibrary.Get("replicator");
        var engine = Place("replicator", Topology.Unbounded, 5, 5, 0, 0);

        foreach (var n in new[] { 1, 2, 3 })
        {
            engine.Step((int)(12 * Math.Pow(2, n - 1)));
            var copies = 1 << n;
            var cells = engine.LiveCells();
            cells.Count.ShouldBe(copies * replicator.Population);
            CountCopies(cells, replicator.Cells).ShouldBe(copies);
        }
    }

    /// <summary>How many disjoint translated copies of <paramref name="shape"/> make up exactly <paramref name="cells"/>.</summary>
    private static int CountCopies(IReadOnlyList<Coordinate> cells, IReadOnlyList<Coordinate> shape)
    {
        var remaining = cells.ToHashSet();
        var copies = 0;
        while (remaining.Count > 0)
        {
            // The reading-order first remaining cell must be the shape's own first cell.
            var anchor = remaining.Order(Coordinate.ReadingOrder).First();
            var copy = shape.Select(cell => cell.Offset(anchor.X - shape[0].X, anchor.Y - shape[0].Y)).ToList();
            if (!copy.All(remaining.Remove)) return -1;
            copies++;
        }

        return copies;
    }
}
