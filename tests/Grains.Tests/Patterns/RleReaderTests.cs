using OrleansLife.Grains.Cells;
using OrleansLife.Grains.Patterns;
using OrleansLife.Grains.Rules;

namespace OrleansLife.Grains.Tests.Patterns;

public sealed class RleReaderTests
{
    private static readonly Coordinate[] Glider = [new(1, 0), new(2, 1), new(0, 2), new(1, 2), new(2, 2)];

    [Fact]
    public void Read_LifeWikiGlider_ReadsCommentsHeaderAndCells()
    {
        const string Text = """
            #N Glider
            #O Richard K. Guy
            #C The smallest, most common, and first discovered spaceship.
            #C www.conwaylife.com/wiki/index.php?title=Glider
            x = 3, y = 3, rule = B3/S23
            bob$2bo$3o!
            """;

        var pattern = RleReader.Read(Text);

        pattern.Name.ShouldBe("Glider");
        pattern.Author.ShouldBe("Richard K. Guy");
        pattern.Description.ShouldBe("The smallest, most common, and first discovered spaceship.\nwww.conwaylife.com/wiki/index.php?title=Glider");
        pattern.Width.ShouldBe(3);
        pattern.Height.ShouldBe(3);
        pattern.Rule.ShouldBe(LifeRule.Conway);
        pattern.Cells.ShouldBe(Glider);
    }

    [Fact]
    public void Read_WithoutComments_HasEmptyNameAndNoDescription()
    {
        var pattern = RleReader.Read("x = 3, y = 3\nbo$2bo$3o!");

        pattern.Name.ShouldBe("");
        pattern.Description.ShouldBeNull();
        pattern.Author.ShouldBeNull();
        pattern.Rule.ShouldBeNull();
        pattern.Cells.ShouldBe(Glider);
    }

    [Theory]
    [InlineData("x = 3, y = 3, rule = B36/S23", "B36/S23")]
    [InlineData("x = 3, y = 3, rule = 23/36", "B36/S23")]
    [InlineData("x=3,y=3,rule=b3/s23", "B3/S23")]
    [InlineData("X = 3 , Y = 3 , RULE = S23/B3", "B3/S23")]
    [InlineData("x = 3, y = 3, rule = B3/S23:T10,10", "B3/S23")]
    public void Read_HeaderRule_IsParsedInEitherNotation(string header, string expected)
    {
        RleReader.Read(header + "\nbo$2bo$3o!").Rule.ShouldBe(LifeRule.Parse(expected));
    }

    [Fact]
    public void Read_RuleCommentLine_AppliesWhenTheHeaderHasNoRule()
    {
        RleReader.Read("#r 23/36\nx = 3, y = 3\n3o!").Rule.ShouldBe(LifeRule.Parse("B36/S23"));
    }

    [Fact]
    public void Read_HeaderRule_WinsOverTheRuleCommentLine()
    {
        RleReader.Read("#r 23/36\nx = 3, y = 3, rule = B3/S23\n3o!").Rule.ShouldBe(LifeRule.Conway);
    }

    [Fact]
    public void Read_WhitespaceAndLineBreaksBetweenTokens_AreIgnored()
    {
        var pattern = RleReader.Read("x = 3, y = 3\r\n  b o\tb $\r\n2\r\nb o $ 3\n o\n!\n");

        pattern.Cells.ShouldBe(Glider);
    }

    [Fact]
    public void Read_DotAndLetterAStyle_IsAccepted()
    {
        RleReader.Read("x = 3, y = 3\n.A.$2.A$3A!").Cells.ShouldBe(Glider);
    }

    [Fact]
    public void Read_RunCountOnEndOfRow_SkipsEmptyRows()
    {
        RleReader.Read("x = 2, y = 5\n$o3$bo!").Cells.ShouldBe([new(0, 1), new(1, 4)]);
    }

    [Fact]
    public void Read_TextAfterTheTerminator_IsIgnored()
    {
        RleReader.Read("x = 1, y = 1\no! this is not data: z%&\nnor is this").Cells.ShouldBe([new(0, 0)]);
    }

    [Fact]
    public void Read_DeadCellsPastTheDeclaredWidth_AreTolerated()
    {
        RleReader.Read("x = 3, y = 1\n3o5b!").Cells.Count.ShouldBe(3);
    }

    [Fact]
    public void Read_ByteOrderMarkAndBlankLinesBeforeHeader_AreSkipped()
    {
        RleReader.Read("\uFEFF\n#N Dot\n\nx = 1, y = 1\no!").Name.ShouldBe("Dot");
    }

    [Fact]
    public void Read_EmptyPattern_HasNoCells()
    {
        var pattern = RleReader.Read("x = 0, y = 0\n!");

        pattern.Width.ShouldBe(0);
        pattern.Cells.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("", 1, 1, "the text ends before the header line")]
    [InlineData("#N Only comments\n#C here", 2, 1, "the text ends before the header line")]
    [InlineData("bo$2bo$3o!", 1, 1, "expected the header line 'x = <width>, y = <height>'")]
    [InlineData("#N Glider\n  bo$2bo$3o!", 2, 3, "expected the header line")]
    [InlineData("x = three, y = 3\n3o!", 1, 5, "expected the pattern width as a whole number from 0 to 65536 after 'x =', found 'three'")]
    [InlineData("x = 3, y = -3\n3o!", 1, 12, "expected the pattern height as a whole number")]
    [InlineData("x = 3, y = 70000\n3o!", 1, 12, "found '70000'")]
    [InlineData("x = 3\n3o!", 1, 1, "the header must give both the width and the height")]
    [InlineData("x = 3, y = 3, z = 1\n3o!", 1, 15, "unknown header field 'z'; expected x, y or rule")]
    [InlineData("x = 3, x = 3\n3o!", 1, 8, "'x' is given twice")]
    [InlineData("x = 3, y\n3o!", 1, 8, "expected '=' after 'y'")]
    [InlineData("x = 3, y = 3, rule = LifeHistory\n3o!", 1, 22, "unsupported rule: 'LifeHistory' is not a rule in B/S notation")]
    [InlineData("#r 2x/3\nx = 3, y = 3\n3o!", 1, 3, "unsupported rule in the #r line")]
    public void Read_BrokenHeader_ThrowsWithPosition(string text, int line, int column, string problem)
    {
        var error = Should.Throw<PatternFormatException>(() => RleReader.Read(text));

        error.Line.ShouldBe(line);
        error.Column.ShouldBe(column);
        error.Message.ShouldStartWith($"Line {line}, column {column}: ");
        error.Message.ShouldContain(problem);
    }

    [Theory]
    [InlineData("x = 3, y = 3\nbo$2bz$3o!", 2, 6, "unexpected character 'z'; expected a run count, 'b' (dead), 'o' (alive), '$' (end of row) or '!' (end of pattern).")]
    [InlineData("x = 3, y = 3\nbo$\n2b\u00D6$3o!", 3, 3, "unexpected character 'Ö' (U+00D6)")]
    [InlineData("x = 3, y = 3\nbo$2b\u0007!", 2, 6, "unexpected character U+0007")]
    [InlineData("x = 2, y = 1\n3o!", 2, 2, "live cells reach column 3 of row 1, beyond the declared width x = 2.")]
    [InlineData("x = 1, y = 1\no$o!", 2, 3, "a live cell in row 2 lies below the declared height y = 1.")]
    [InlineData("x = 3, y = 1\n0o!", 2, 1, "a run count must be at least 1.")]
    [InlineData("x = 3, y = 1\n2!", 2, 2, "the run count 2 (at column 1) must be followed by 'b', 'o' or '$', not '!'.")]
    [InlineData("x = 3, y = 1\n2 3o!", 2, 3, "expected 'b', 'o' or '$' after the run count 2 (at line 2, column 1), found another number.")]
    [InlineData("x = 3, y = 1\n99999999o!", 2, 1, "the run count is larger than 65536, the largest pattern side.")]
    [InlineData("x = 3, y = 1\n3o", 2, 3, "the pattern data ends without the closing '!'; was the text cut short?")]
    [InlineData("x = 3, y = 1\n3o\n", 3, 1, "the pattern data ends without the closing '!'")]
    [InlineData("x = 3, y = 1\n2o\n1", 3, 1, "the run count 1 is not followed by 'b', 'o' or '$' before the text ends.")]
    public void Read_BrokenData_ThrowsWithPosition(string text, int line, int column, string problem)
    {
        var error = Should.Throw<PatternFormatException>(() => RleReader.Read(text));

        error.Line.ShouldBe(line);
        error.Column.ShouldBe(column);
        error.Message.ShouldStartWith($"Line {line}, column {column}: ");
        error.Message.ShouldContain(problem);
    }

    [Fact]
    public void Read_MoreLiveCellsThanAllowed_Throws()
    {
        var rows = string.Join("$", Enumerable.Repeat("65536o", 17));

        var error = Should.Throw<PatternFormatException>(() => RleReader.Read($"x = 65536, y = 17\n{rows}!"));

        error.Message.ShouldContain($"more than {Pattern.MaxPopulation} live cells");
        error.Line.ShouldBe(2);
    }
}
