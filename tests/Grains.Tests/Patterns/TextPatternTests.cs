using OrleansLife.Grains.Cells;
using OrleansLife.Grains.Patterns;

namespace OrleansLife.Grains.Tests.Patterns;

public sealed class TextPatternTests
{
    [Fact]
    public void Render_VMworld_DrawsUpperAndLowerCaseLegibly()
    {
        const string Expected = """
            #...#.#...#...................##......#
            #...#.##.##....................#......#
            #...#.#.#.#.#...#..###..#.##...#...####
            #...#.#.#.#.#...#.#...#.##..#..#..#...#
            #...#.#...#.#.#.#.#...#.#......#..#...#
            .#.#..#...#.#.#.#.#...#.#......#..#...#
            ..#...#...#..#.#...###..#.....###..####
            .......................................
            .......................................
            """;

        var pattern = TextPattern.Render("VMworld");

        pattern.Name.ShouldBe("VMworld");
        pattern.Width.ShouldBe(39);
        pattern.Height.ShouldBe(TextPattern.LineHeight);
        pattern.Cells.ShouldBe(GridFileReader.Read(Expected).Cells);
    }

    [Fact]
    public void Render_Descenders_ReachBelowTheBaseline()
    {
        var pattern = TextPattern.Render("g");

        pattern.Cells.Max(cell => cell.Y).ShouldBe(8);
        TextPattern.Render("o").Cells.Max(cell => cell.Y).ShouldBe(6);
    }

    [Theory]
    [InlineData(0, 6)]
    [InlineData(1, 7)]
    [InlineData(4, 10)]
    public void Render_LetterSpacing_IsTheGapBetweenGlyphs(int spacing, int width)
    {
        var pattern = TextPattern.Render("II", spacing);

        pattern.Width.ShouldBe(width);
        pattern.Cells.ShouldContain(new Coordinate(3 + spacing, 0));
    }

    [Fact]
    public void Render_LineBreak_StartsANewLineBelow()
    {
        var pattern = TextPattern.Render("I\nII");

        pattern.Width.ShouldBe(7);
        pattern.Height.ShouldBe(2 * TextPattern.LineHeight + TextPattern.LineSpacing);
        pattern.Cells.ShouldContain(new Coordinate(0, TextPattern.LineHeight + TextPattern.LineSpacing));
        pattern.Population.ShouldBe(3 * TextPattern.Render("I").Population);
    }

    [Fact]
    public void Render_EmptyText_IsAnEmptyPattern()
    {
        var pattern = TextPattern.Render("");

        pattern.Width.ShouldBe(0);
        pattern.Height.ShouldBe(0);
    }

    [Fact]
    public void Render_Spaces_OnlyWiden()
    {
        var pattern = TextPattern.Render("  ");

        pattern.Width.ShouldBe(7);
        pattern.Cells.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("VMwörld", 1, 4, "'ö' (U+00F6)")]
    [InlineData("ok\nno\ttab", 2, 3, "U+0009")]
    [InlineData("😀", 1, 1, "U+D83D")]
    public void Render_CharacterWithoutGlyph_ThrowsNamingIt(string text, int line, int column, string character)
    {
        var error = Should.Throw<PatternFormatException>(() => TextPattern.Render(text));

        error.Line.ShouldBe(line);
        error.Column.ShouldBe(column);
        error.Message.ShouldBe($"Line {line}, column {column}: the font has no glyph for {character}; it draws printable ASCII, from space to '~'.");
    }

    [Fact]
    public void Render_NegativeLetterSpacing_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => TextPattern.Render("A", -1)).ParamName.ShouldBe("letterSpacing");
    }
}
