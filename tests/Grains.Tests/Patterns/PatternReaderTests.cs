using OrleansLife.Grains.Patterns;

namespace OrleansLife.Grains.Tests.Patterns;

public sealed class PatternReaderTests
{
    [Theory]
    [InlineData(PatternFormat.Rle, "x = 3, y = 3\nbo$2bo$3o!")]
    [InlineData(PatternFormat.Plaintext, "!Name: g\n.O\n..O\nOOO")]
    [InlineData(PatternFormat.Grid, ".#.\n..#\n###")]
    public void Read_EachFormat_ReadsTheGlider(PatternFormat format, string text)
    {
        PatternReader.Read(format, text).Cells.ShouldBe(PatternLibrary.Get("glider").Cells);
    }

    [Fact]
    public void Read_BrokenText_ThrowsTheFormatsError()
    {
        Should.Throw<PatternFormatException>(() => PatternReader.Read(PatternFormat.Plaintext, ".O\nX")).Line.ShouldBe(2);
    }

    [Fact]
    public void Read_UnknownFormat_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => PatternReader.Read((PatternFormat)9, "")).ParamName.ShouldBe("format");
    }
}
