using OrleansLife.Grains.Cells;
using OrleansLife.Grains.Patterns;
using OrleansLife.Grains.Rules;

namespace OrleansLife.Grains.Tests.Patterns;

public sealed class RleWriterTests
{
    [Fact]
    public void Write_GosperGun_MatchesTheLifeWikiFileLineForLine()
    {
        // LifeWiki's file, as Golly writes it: data lines broken before a token would pass 70 characters.
        const string LifeWiki = """
            x = 36, y = 9, rule = B3/S23
            24bo$22bobo$12b2o6b2o12b2o$11bo3bo4b2o12b2o$2o8bo5bo3b2o$2o8bo3bob2o4b
            obo$10bo5bo7bo$11bo3bo$12b2o!

            """;
        var gun = RleReader.Read(LifeWiki);

        RleWriter.Write(gun).ShouldBe(LifeWiki);
    }

    [Fact]
    public void Write_NameAuthorAndDescription_BecomeCommentLines()
    {
        var pattern = new Pattern("Glider", 3, 3, [new(1, 0), new(2, 1), new(0, 2), new(1, 2), new(2, 2)], description: "first line\nsecond line")
        {
            Author = "Richard K. Guy",
        };

        RleWriter.Write(pattern).ShouldBe("#N Glider\n#O Richard K. Guy\n#C first line\n#C second line\nx = 3, y = 3\nbo$2bo$3o!\n");
    }

    [Fact]
    public void Write_EmptyLeadingRowsAndGaps_UseRunCountsOnEndOfRow()
    {
        var pattern = new Pattern("", 5, 6, [new(2, 2), new(4, 5)], LifeRule.Parse("B36/S23"));

        RleWriter.Write(pattern).ShouldBe("x = 5, y = 6, rule = B36/S23\n2$2bo3$4bo!\n");
    }

    [Fact]
    public void Write_EmptyPattern_IsJustTheTerminator()
    {
        RleWriter.Write(new Pattern("", 4, 2, [])).ShouldBe("x = 4, y = 2\n!\n");
    }

    [Fact]
    public void Write_NameWithLineBreak_StaysOnOneLine()
    {
        RleWriter.Write(new Pattern("two\nlines", 1, 1, [])).ShouldStartWith("#N two lines\nx = 1");
    }

    [Fact]
    public void Write_EveryLibraryPattern_ReadsBackEqual()
    {
        foreach (var info in PatternLibrary.All)
        {
            var pattern = PatternLibrary.Get(info.Id);

            RleReader.Read(RleWriter.Write(pattern)).ShouldBe(pattern, info.Id);
        }
    }

    [Theory]
    [InlineData(1UL, 0.1)]
    [InlineData(2UL, 0.5)]
    [InlineData(3UL, 0.9)]
    public void Write_RandomSoup_ReadsBackEqual_WithDataLinesOf70CharactersAtMost(ulong seed, double density)
    {
        var pattern = new Pattern("soup", 150, 40, RandomFill.Generate(150, 40, density, seed), LifeRule.Conway);

        var text = RleWriter.Write(pattern);

        RleReader.Read(text).ShouldBe(pattern);
        text.Split('\n').ShouldAllBe(line => line.Length <= RleWriter.MaxLineLength);
    }

    [Fact]
    public void Write_LongRuns_KeepTheirCountsWhole()
    {
        var row = Enumerable.Range(0, 1000).Select(x => new Coordinate(x, 0)).Append(new Coordinate(2000, 0));
        var pattern = new Pattern("", 2001, 1, row);

        RleWriter.Write(pattern).ShouldBe("x = 2001, y = 1\n1000o1000bo!\n");
    }
}
