using OrleansLife.Grains.Cells;
using OrleansLife.Grains.Patterns;

namespace OrleansLife.Grains.Tests.Patterns;

public sealed class PlaintextReaderTests
{
    [Fact]
    public void Read_LifeWikiGlider_MatchesTheLibraryGlider()
    {
        const string Text = """
            !Name: Glider
            !Author: Richard K. Guy
            !The smallest, most common, and first discovered spaceship.
            !
            .O
            ..O
            OOO
            """;

        var pattern = PlaintextReader.Read(Text);

        pattern.Name.ShouldBe("Glider");
        pattern.Author.ShouldBe("Richard K. Guy");
        pattern.Description.ShouldBe("The smallest, most common, and first discovered spaceship.");
        pattern.Width.ShouldBe(3);
        pattern.Height.ShouldBe(3);
        pattern.Cells.ShouldBe(PatternLibrary.Get("glider").Cells);
        pattern.Rule.ShouldBeNull();
    }

    [Fact]
    public void Read_StarsAreAlive_AndRaggedRowsTakeTheLongestWidth()
    {
        var pattern = PlaintextReader.Read("*\n...O.\n.*");

        pattern.Width.ShouldBe(5);
        pattern.Height.ShouldBe(3);
        pattern.Cells.ShouldBe([new(0, 0), new(3, 1), new(1, 2)]);
    }

    [Fact]
    public void Read_EmptyLineBetweenRows_IsADeadRow_ButTrailingEmptyLinesAreNot()
    {
        var pattern = PlaintextReader.Read("O\r\n\r\n.O\r\n\r\n\r\n");

        pattern.Height.ShouldBe(3);
        pattern.Cells.ShouldBe([new(0, 0), new(1, 2)]);
    }

    [Fact]
    public void Read_TrailingBlanks_AreNotCells()
    {
        PlaintextReader.Read("O.  \t\n.O").Width.ShouldBe(2);
    }

    [Fact]
    public void Read_WithoutComments_HasEmptyNameAndNoDescription()
    {
        var pattern = PlaintextReader.Read("OO\nOO");

        pattern.Name.ShouldBe("");
        pattern.Description.ShouldBeNull();
        pattern.Population.ShouldBe(4);
    }

    [Theory]
    [InlineData("!Name: x\n.O\n..o", 3, 3, "unexpected character 'o'; expected '.' (dead) or 'O' (alive)")]
    [InlineData("O O", 1, 2, "unexpected character ' '")]
    [InlineData("O\n#", 2, 1, "unexpected character '#'")]
    public void Read_UnknownCharacter_ThrowsWithPosition(string text, int line, int column, string problem)
    {
        var error = Should.Throw<PatternFormatException>(() => PlaintextReader.Read(text));

        error.Line.ShouldBe(line);
        error.Column.ShouldBe(column);
        error.Message.ShouldContain(problem);
    }

    [Fact]
    public void Read_RowLongerThanAllowed_Throws()
    {
        var error = Should.Throw<PatternFormatException>(() => PlaintextReader.Read("O\n" + new string('.', Pattern.MaxSide + 1)));

        error.Line.ShouldBe(2);
        error.Column.ShouldBe(Pattern.MaxSide + 1);
    }
}
