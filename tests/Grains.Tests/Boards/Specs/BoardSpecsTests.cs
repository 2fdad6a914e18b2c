using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Boards.Specs;
using OrleansLife.Grains.Cells;
using OrleansLife.Grains.Patterns;
using OrleansLife.Grains.Rules;

namespace OrleansLife.Grains.Tests.Boards.Specs;

public sealed class BoardSpecsTests
{
    private static readonly BoardLimits Limits = new();

    private static BoardDefinition Convert(BoardSpec spec, BoardLimits? limits = null)
    {
        BoardSpecs.TryCreateDefinition(spec, limits ?? Limits, out var definition, out var errors).ShouldBeTrue(string.Join("; ", errors.Select(e => $"{e.Key}: {e.Value[0]}")));
        errors.ShouldBeEmpty();
        return definition!;
    }

    private static IReadOnlyDictionary<string, string[]> Refuse(BoardSpec spec, BoardLimits? limits = null)
    {
        BoardSpecs.TryCreateDefinition(spec, limits ?? Limits, out var definition, out var errors).ShouldBeFalse();
        definition.ShouldBeNull();
        return errors;
    }

    private static BoardSpec Blinker(string name = "blinker") => new() { Name = name, Width = 5, Height = 5, Pattern = "blinker" };

    [Fact]
    public void Blinker_OnAFiveByFiveBoard_IsCentred_WithTheDefaults()
    {
        var definition = Convert(Blinker());

        definition.Name.ShouldBe("blinker");
        definition.Geometry.ShouldBe(new BoardGeometry(5, 5, Topology.Bounded));
        definition.Rule.ShouldBe(LifeRule.Conway);
        definition.InitialCells.ShouldBe([new Coordinate(1, 2), new Coordinate(2, 2), new Coordinate(3, 2)]);
        definition.TickMilliseconds.ShouldBe(500);
        definition.MaxGenerations.ShouldBeNull();
        definition.StartPaused.ShouldBeFalse();
    }

    [Fact]
    public void EverySetting_IsCarriedOver()
    {
        var definition = Convert(Blinker() with
        {
            Topology = "Torus", Rule = "b36/s23", TickMilliseconds = 0, MaxGenerations = 7, Paused = true, OffsetX = 0, OffsetY = 4,
        });

        definition.Geometry.ShouldBe(new BoardGeometry(5, 5, Topology.Torus));
        definition.Rule.ToString().ShouldBe("B36/S23");
        definition.TickMilliseconds.ShouldBe(0);
        definition.MaxGenerations.ShouldBe(7);
        definition.StartPaused.ShouldBeTrue();
        definition.InitialCells.ShouldBe([new Coordinate(0, 4), new Coordinate(1, 4), new Coordinate(2, 4)]);
    }

    [Fact]
    public void Rle_BringsItsRule_UnlessTheSpecNamesOne()
    {
        var spec = new BoardSpec { Name = "rle", Width = 9, Height = 9, Rle = "x = 3, y = 1, rule = B36/S23\n3o!" };

        Convert(spec).Rule.ToString().ShouldBe("B36/S23");
        Convert(spec with { Rule = "B3/S23" }).Rule.ShouldBe(LifeRule.Conway);
    }

    [Fact]
    public void Text_IsDrawnWithTheBitmapFont()
    {
        var definition = Convert(new BoardSpec { Name = "text", Width = 30, Height = 12, Text = "Life" });

        definition.InitialCells.ShouldBe(TextPattern.Render("Life").CenteredOn(30, 12));
    }

    [Fact]
    public void Cells_AreTakenAsBoardCoordinates_MovedByTheOffsets_OnceEach()
    {
        var definition = Convert(new BoardSpec { Name = "cells", Width = 5, Height = 5, Cells = [[0, 0], [2, 1], [0, 0]], OffsetY = 3 });

        definition.InitialCells.ShouldBe([new Coordinate(0, 3), new Coordinate(2, 4)]);
    }

    [Fact]
    public void Random_WithASeed_IsTheRandomFillOfTheWholeBoard()
    {
        var definition = Convert(new BoardSpec { Name = "soup", Width = 20, Height = 10, Random = new RandomFillSpec { Density = 0.4, Seed = -7 } });

        definition.InitialCells.ShouldBe(RandomFill.Generate(20, 10, 0.4, unchecked((ulong)-7L)));
    }

    [Fact]
    public void Random_WithoutASeed_DependsOnTheName_Only()
    {
        BoardSpec Soup(string name) => new() { Name = name, Width = 20, Height = 20, Random = new RandomFillSpec { Density = 0.5 } };

        Convert(Soup("soup")).InitialCells.ShouldBe(Convert(Soup("soup")).InitialCells);
        Convert(Soup("soup")).InitialCells.ShouldNotBe(Convert(Soup("soap")).InitialCells);
    }

    [Fact]
    public void Unbounded_TakesAnyOffset()
    {
        var definition = Convert(Blinker() with { Topology = "unbounded", OffsetX = -1000, OffsetY = 1000 });

        definition.InitialCells.ShouldBe([new Coordinate(-1000, 1000), new Coordinate(-999, 1000), new Coordinate(-998, 1000)]);
    }

    [Fact]
    public void Unbounded_RefusesAnOffsetPastTheEndOfTheCoordinates()
    {
        var errors = Refuse(Blinker() with { Topology = "unbounded", OffsetX = int.MaxValue - 2 });

        errors.Keys.ShouldBe(["offsetX"]);
        errors["offsetX"].ShouldBe(["The offsetX puts the pattern past the edge of the plane's coordinates (±2147483646)."]);
    }

    [Fact]
    public void EveryProblem_IsReported_UnderItsField()
    {
        var errors = Refuse(new BoardSpec
        {
            Name = "-x", Width = 0, Topology = "klein", Rule = "B3", Pattern = "glider", Text = "hi", TickMilliseconds = -1, MaxGenerations = -1,
        });

        errors.Keys.Order(StringComparer.Ordinal).ShouldBe(
            ["height", "maxGenerations", "name", "pattern", "rule", "text", "tickMilliseconds", "topology", "width"]);
        errors["height"].ShouldBe(["The height is required: the number of rows, from 1 to 4096."]);
    }

    [Fact]
    public void ATorus_NarrowerThanThree_IsRefused()
    {
        var errors = Refuse(new BoardSpec { Name = "thin", Width = 3, Height = 2, Topology = "torus", Cells = [] });

        errors["height"].ShouldBe(["A torus must be at least 3 cells high: on a smaller one a cell would be its own neighbour."]);
        Convert(new BoardSpec { Name = "thin", Width = 3, Height = 2, Cells = [] }).Geometry.Height.ShouldBe(2);
    }

    [Fact]
    public void Limits_BoundTheBoardAndItsPopulation()
    {
        var limits = new BoardLimits { MaxWidth = 8, MaxHeight = 6, MaxInitialCells = 2 };

        var errors = Refuse(new BoardSpec { Name = "big", Width = 9, Height = 7, Pattern = "blinker" }, limits);
        errors["width"].ShouldBe(["The width must be from 1 to 8 columns; it is 9."]);
        errors["height"].ShouldBe(["The height must be from 1 to 6 rows; it is 7."]);

        Refuse(new BoardSpec { Name = "busy", Width = 5, Height = 5, Pattern = "blinker" }, limits)["pattern"]
            .ShouldBe(["The start state has 3 live cells; at most 2 may start alive."]);
        Refuse(new BoardSpec { Name = "busy", Width = 5, Height = 5, Cells = [[0, 0], [1, 1], [2, 2]] }, limits)["cells"]
            .ShouldBe(["3 cells are given; at most 2 may start alive."]);
    }

    [Fact]
    public void Random_OverABoardLargerThanRandomFillAllows_IsRefused()
    {
        var limits = new BoardLimits { MaxWidth = 5000, MaxHeight = 5000 };

        var errors = Refuse(new BoardSpec { Name = "huge", Width = 5000, Height = 5000, Random = new RandomFillSpec { Density = 0 } }, limits);

        errors["random"].ShouldBe([$"A random fill covers the whole board, at most {RandomFill.MaxArea} cells; this board has 25000000."]);
    }

    [Fact]
    public void CellsOffTheBoard_AreListed_TenAtMost()
    {
        var cells = Enumerable.Range(0, 12).Select(i => new[] { 10 + i, 0 }).ToArray();

        var errors = Refuse(new BoardSpec { Name = "off", Width = 5, Height = 5, Cells = cells });

        errors.Keys.Count().ShouldBe(11);
        errors["cells[0]"].ShouldBe(["The cell [10, 0] lies outside the 5×5 board (x from 0 to 4, y from 0 to 4)."]);
        errors.ContainsKey("cells[10]").ShouldBeFalse();
        errors["cells"].ShouldBe(["12 cells lie outside the board; the first 10 are listed."]);
    }

    [Fact]
    public void CellsMovedOffTheBoardByTheOffsets_SaySo()
    {
        var errors = Refuse(new BoardSpec { Name = "off", Width = 5, Height = 5, Cells = [[4, 4]], OffsetX = 1 });

        errors["cells[0]"].ShouldBe(["The cell [4, 4], moved by the offsets to [5, 4], lies outside the 5×5 board (x from 0 to 4, y from 0 to 4)."]);
    }

    [Fact]
    public void BrokenRle_IsRefused_WithTheReadersPosition()
    {
        var errors = Refuse(new BoardSpec { Name = "rle", Width = 5, Height = 5, Rle = "x = 2, y = 1\n2o" });

        errors["rle"].Single().ShouldStartWith("Line 2, column 3: ");
    }
}
