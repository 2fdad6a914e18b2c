using OrleansLife.Grains.Cells;
using OrleansLife.Grains.Patterns;
using OrleansLife.Grains.Rules;

namespace OrleansLife.Grains.Tests.Patterns;

public sealed class PatternTests
{
    [Fact]
    public void Constructor_SortsCellsInReadingOrder_AndDropsRepeats()
    {
        var pattern = new Pattern("p", 3, 3, [new(2, 2), new(1, 0), new(0, 2), new(1, 0)]);

        pattern.Cells.ShouldBe([new(1, 0), new(0, 2), new(2, 2)]);
        pattern.Population.ShouldBe(3);
    }

    [Theory]
    [InlineData(3, 0)]
    [InlineData(0, 3)]
    [InlineData(-1, 0)]
    public void Constructor_CellOutsideTheBox_Throws(int x, int y)
    {
        var error = Should.Throw<ArgumentException>(() => new Pattern("p", 3, 3, [new(x, y)]));

        error.ParamName.ShouldBe("cells");
    }

    [Fact]
    public void Constructor_NegativeWidth_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new Pattern("p", -1, 3, [])).ParamName.ShouldBe("width");
    }

    [Fact]
    public void Cells_CannotBeChangedThroughTheList()
    {
        var pattern = new Pattern("p", 2, 1, [new(0, 0)]);

        (pattern.Cells as IList<Coordinate>)!.IsReadOnly.ShouldBeTrue();
    }

    [Fact]
    public void Translate_MovesEveryCell()
    {
        var pattern = new Pattern("p", 3, 2, [new(0, 0), new(2, 1)]);

        pattern.Translate(10, -5).ShouldBe([new(10, -5), new(12, -4)]);
    }

    [Fact]
    public void CenteredOn_PutsTheBoxInTheMiddleOfTheBoard()
    {
        var pattern = new Pattern("p", 3, 3, [new(0, 0), new(2, 2)]);

        pattern.CenteredOn(10, 7).ShouldBe([new(3, 2), new(5, 4)]);
    }

    [Fact]
    public void Equals_ComparesCellsByValue()
    {
        var a = new Pattern("p", 3, 3, [new(0, 0), new(2, 2)], LifeRule.Conway, "d");
        var b = new Pattern("p", 3, 3, [new(2, 2), new(0, 0)], LifeRule.Parse("B3/S23"), "d");

        b.ShouldBe(a);
        b.GetHashCode().ShouldBe(a.GetHashCode());
        (a with { Author = "someone" }).ShouldNotBe(a);
        new Pattern("p", 3, 3, [new(0, 0)], LifeRule.Conway, "d").ShouldNotBe(a);
    }

    [Fact]
    public void With_ChangesTheNameAndKeepsTheCells()
    {
        var pattern = new Pattern("old", 2, 1, [new(1, 0)]);

        var renamed = pattern with { Name = "new" };

        renamed.Name.ShouldBe("new");
        renamed.Cells.ShouldBe([new(1, 0)]);
    }

    [Fact]
    public void ToString_NamesTheSizeAndPopulation()
    {
        new Pattern("Glider", 3, 3, [new(1, 0), new(2, 1), new(0, 2), new(1, 2), new(2, 2)]).ToString()
            .ShouldBe("Glider (3×3, 5 cells)");
    }
}
