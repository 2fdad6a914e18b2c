using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Patterns;
using OrleansLife.Grains.Reference;

namespace OrleansLife.Grains.Tests.Reference;

// LifeWiki: a pattern "stabilises" at the first generation at which it can be resolved into still lifes, oscillators
// and escaping spaceships. Each lifespan is checked at the published generation and shown not to hold one earlier.
public sealed partial class ArrayEngineTests
{
    [Fact]
    public void Diehard_VanishesAfterExactly130Generations()
    {
        var engine = Unbounded("diehard");

        engine.Step(129);
        engine.Population.ShouldBeGreaterThan(0);
        engine.Step();

        engine.Population.ShouldBe(0);
        engine.LiveCells().ShouldBeEmpty();
    }

    [Theory]
    [InlineData("r-pentomino", 1103, 116, 6)]
    [InlineData("acorn", 5206, 633, 13)]
    public void Methuselah_StabilisesAtPublishedGeneration_WithPublishedPopulationAndGliders(
        string name, int lifespan, int finalPopulation, int gliders)
    {
        var engine = Unbounded(name);

        engine.Step(lifespan - 1);
        var lastUnstable = engine.LiveCells();
        engine.Step();
        var stable = engine.LiveCells();
        engine.Step(3);
        var lastUnstablePlusFour = engine.LiveCells();
        engine.Step();
        var stablePlusFour = engine.LiveCells();

        stable.Count.ShouldBe(finalPopulation);
        LifeObjects.GlidersIfStable(stable, stablePlusFour).ShouldBe(gliders);
        LifeObjects.GlidersIfStable(lastUnstable, lastUnstablePlusFour).ShouldBeNull();
        for (var i = 0; i < 100; i++)
        {
            engine.Step();
            engine.Population.ShouldBe(finalPopulation);
        }
    }

    private static ArrayEngine Unbounded(string name)
    {
        var pattern = PatternLibrary.Get(name);
        return new ArrayEngine(pattern.Width, pattern.Height, Topology.Unbounded, pattern.Rule!, pattern.Cells);
    }
}
