using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Cells;
using OrleansLife.Grains.Patterns;
using OrleansLife.Grains.Reference;
using OrleansLife.Grains.Rules;

namespace OrleansLife.Grains.Tests.Reference;

public sealed partial class ArrayEngineTests
{
    private static readonly Coordinate[] HorizontalBlinker = [new(1, 2), new(2, 2), new(3, 2)];

    [Fact]
    public void Step_Blinker_TurnsVerticalAndCountsBirthsAndDeaths()
    {
        var engine = new ArrayEngine(5, 5, Topology.Bounded, LifeRule.Conway, HorizontalBlinker);

        engine.Step();

        engine.LiveCells().ShouldBe([new(2, 1), new(2, 2), new(2, 3)]);
        engine.Generation.ShouldBe(1);
        engine.Population.ShouldBe(3);
        engine.LastBirths.ShouldBe(2);
        engine.LastDeaths.ShouldBe(2);
    }

    [Fact]
    public void NewEngine_HasGenerationZero_AndNoBirthsOrDeaths()
    {
        var engine = new ArrayEngine(5, 5, Topology.Torus, LifeRule.Conway, HorizontalBlinker);

        engine.Generation.ShouldBe(0);
        engine.Population.ShouldBe(3);
        engine.LastBirths.ShouldBe(0);
        engine.LastDeaths.ShouldBe(0);
    }

    [Fact]
    public void Bounded_BlinkerOnTopEdge_LosesTheCellThatWouldBeBornOffTheBoard()
    {
        var engine = new ArrayEngine(5, 5, Topology.Bounded, LifeRule.Conway, [new(1, 0), new(2, 0), new(3, 0)]);

        engine.Step();

        engine.LiveCells().ShouldBe([new(2, 0), new(2, 1)]);
    }

    [Fact]
    public void Torus_BlinkerOnTopEdge_WrapsToTheBottomRow()
    {
        var engine = new ArrayEngine(5, 5, Topology.Torus, LifeRule.Conway, [new(1, 0), new(2, 0), new(3, 0)]);

        engine.Step();

        engine.LiveCells().ShouldBe([new(2, 0), new(2, 1), new(2, 4)]);
    }

    [Fact]
    public void Torus_BlinkerAcrossTheCorner_WrapsBothWays()
    {
        var engine = new ArrayEngine(5, 5, Topology.Torus, LifeRule.Conway, [new(4, 4), new(0, 4), new(1, 4)]);

        engine.Step();

        engine.LiveCells().ShouldBe([new(0, 0), new(0, 3), new(0, 4)]);
    }

    [Fact]
    public void Unbounded_GliderHeadingUpLeft_ReachesNegativeCoordinates()
    {
        // The library glider mirrored both ways travels towards (-1,-1).
        Coordinate[] glider = [new(0, 0), new(1, 0), new(2, 0), new(0, 1), new(1, 2)];
        var engine = new ArrayEngine(3, 3, Topology.Unbounded, LifeRule.Conway, glider);

        engine.Step(400);

        engine.LiveCells().ShouldBe(glider.Select(cell => cell.Offset(-100, -100)));
        engine.IsAlive(new Coordinate(-100, -100)).ShouldBeTrue();
        engine.IsAlive(new Coordinate(0, 0)).ShouldBeFalse();
    }

    [Fact]
    public void Unbounded_EmptyPlane_StaysEmpty()
    {
        var engine = new ArrayEngine(10, 10, Topology.Unbounded, LifeRule.Conway, []);

        engine.Step(3);

        engine.Population.ShouldBe(0);
        engine.Generation.ShouldBe(3);
    }

    [Fact]
    public void Bounded_RuleWithBirthOnZero_FillsTheEmptyBoardThenEmptiesIt()
    {
        var engine = new ArrayEngine(3, 2, Topology.Bounded, LifeRule.Parse("B0/S"), []);

        engine.Step();
        engine.Population.ShouldBe(6);
        engine.LastBirths.ShouldBe(6);
        engine.Step();

        engine.Population.ShouldBe(0);
        engine.LastDeaths.ShouldBe(6);
    }

    [Fact]
    public void Constructor_RepeatedInitialCells_CountOnce()
    {
        var engine = new ArrayEngine(4, 4, Topology.Bounded, LifeRule.Conway, [new(1, 1), new(1, 1), new(2, 1)]);

        engine.Population.ShouldBe(2);
        engine.LiveCells().ShouldBe([new(1, 1), new(2, 1)]);
    }

    [Fact]
    public void LiveCells_AreInReadingOrder()
    {
        var engine = new ArrayEngine(4, 4, Topology.Unbounded, LifeRule.Conway, [new(3, 2), new(0, 3), new(2, 0), new(-5, 2)]);

        engine.LiveCells().ShouldBe([new(2, 0), new(-5, 2), new(3, 2), new(0, 3)]);
    }

    [Fact]
    public void IsAlive_OffTheBoard_IsFalse()
    {
        var engine = new ArrayEngine(3, 3, Topology.Torus, LifeRule.Conway, [new(0, 0)]);

        engine.IsAlive(new Coordinate(0, 0)).ShouldBeTrue();
        engine.IsAlive(new Coordinate(3, 0)).ShouldBeFalse();
        engine.IsAlive(new Coordinate(int.MinValue, int.MaxValue)).ShouldBeFalse();
    }

    [Theory]
    [InlineData(0, 5, Topology.Bounded, "width")]
    [InlineData(5, 0, Topology.Unbounded, "height")]
    [InlineData(2, 5, Topology.Torus, "width")]
    [InlineData(5, 2, Topology.Torus, "height")]
    [InlineData(5, 5, (Topology)7, "topology")]
    public void Constructor_InvalidBoard_ThrowsNamingTheParameter(int width, int height, Topology topology, string parameter)
    {
        var error = Should.Throw<ArgumentOutOfRangeException>(() => new ArrayEngine(width, height, topology, LifeRule.Conway, []));

        error.ParamName.ShouldBe(parameter);
    }

    [Theory]
    [InlineData(Topology.Bounded, 5, 0)]
    [InlineData(Topology.Torus, -1, 0)]
    public void Constructor_InitialCellOffTheBoard_Throws(Topology topology, int x, int y)
    {
        var error = Should.Throw<ArgumentOutOfRangeException>(() => new ArrayEngine(5, 5, topology, LifeRule.Conway, [new(x, y)]));

        error.ParamName.ShouldBe("initial");
    }

    [Fact]
    public void Constructor_BirthOnZeroOnUnboundedPlane_Throws()
    {
        var error = Should.Throw<ArgumentException>(() => new ArrayEngine(5, 5, Topology.Unbounded, LifeRule.Parse("B03/S23"), []));

        error.ParamName.ShouldBe("rule");
    }

    [Fact]
    public void Step_NegativeCount_Throws()
    {
        var engine = new ArrayEngine(5, 5, Topology.Bounded, LifeRule.Conway, []);

        Should.Throw<ArgumentOutOfRangeException>(() => engine.Step(-1));
    }

    private static ArrayEngine Place(string name, Topology topology, int width, int height, int dx, int dy)
    {
        var pattern = PatternLibrary.Get(name);
        return new ArrayEngine(width, height, topology, pattern.Rule!, pattern.Translate(dx, dy));
    }
}
