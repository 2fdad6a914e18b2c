using OrleansLife.Grains.Cells;
using OrleansLife.Grains.Patterns;

namespace OrleansLife.Grains.Tests.Patterns;

public sealed class GridFileReaderTests
{
    [Fact]
    public void Read_HashesAreAlive_AnyOtherPrintableCharacterIsDead()
    {
        var pattern = GridFileReader.Read(".#.\n-_#\n### \n", "glider");

        pattern.Name.ShouldBe("glider");
        pattern.Width.ShouldBe(4);
        pattern.Height.ShouldBe(3);
        pattern.Cells.ShouldBe(PatternLibrary.Get("glider").Cells);
    }

    [Fact]
    public void Read_RaggedLines_TakeTheLongestWidth()
    {
        var pattern = GridFileReader.Read("#\n\n  ....#\n#");

        pattern.Width.ShouldBe(7);
        pattern.Height.ShouldBe(4);
        pattern.Cells.ShouldBe([new(0, 0), new(6, 2), new(0, 3)]);
    }

    [Fact]
    public void Read_CrLfAndFinalNewlines_AddNoRows()
    {
        var pattern = GridFileReader.Read("#.\r\n.#\r\n\r\n");

        pattern.Height.ShouldBe(2);
        pattern.Cells.ShouldBe([new(0, 0), new(1, 1)]);
    }

    [Fact]
    public void Read_EmptyText_IsAnEmptyPattern()
    {
        var pattern = GridFileReader.Read("");

        pattern.Width.ShouldBe(0);
        pattern.Height.ShouldBe(0);
        pattern.Name.ShouldBe("");
    }

    [Fact]
    public void Read_NonAsciiPrintableCharacter_IsDead()
    {
        GridFileReader.Read("·#·").Cells.ShouldBe([new(1, 0)]);
    }

    [Theory]
    [InlineData("#.#\n.\t#", 2, 2, "unexpected control character U+0009; expected '#' (alive) or a printable character such as '.' or a space (dead).")]
    [InlineData("#\u0000", 1, 2, "unexpected control character U+0000; expected '#' (alive) or a printable character such as '.' or a space (dead).")]
    public void Read_ControlCharacter_ThrowsWithPosition(string text, int line, int column, string problem)
    {
        var error = Should.Throw<PatternFormatException>(() => GridFileReader.Read(text));

        error.Line.ShouldBe(line);
        error.Column.ShouldBe(column);
        error.Message.ShouldBe($"Line {line}, column {column}: {problem}");
    }
}
