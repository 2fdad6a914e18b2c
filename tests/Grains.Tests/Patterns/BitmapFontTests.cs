using OrleansLife.Grains.Patterns;

namespace OrleansLife.Grains.Tests.Patterns;

public sealed class BitmapFontTests
{
    private static readonly char[] PrintableAscii = Enumerable.Range(' ', '~' - ' ' + 1).Select(code => (char)code).ToArray();

    [Fact]
    public void EveryPrintableAsciiCharacter_HasARectangularGlyphOfFontHeight()
    {
        foreach (var c in PrintableAscii)
        {
            BitmapFont.TryGetGlyph(c, out var rows).ShouldBeTrue($"'{c}'");
            rows!.Length.ShouldBe(BitmapFont.Height, $"'{c}'");
            rows.ShouldAllBe(row => row.Length == rows[0].Length && row.Length >= 1 && row.Length <= 5 && row.All(cell => cell == '#' || cell == '.'));
        }
    }

    [Fact]
    public void EveryGlyphButTheSpace_HasLiveCells()
    {
        foreach (var c in PrintableAscii.Where(c => c != ' '))
        {
            BitmapFont.TryGetGlyph(c, out var rows);
            rows!.ShouldContain(row => row.Contains('#'), $"'{c}'");
        }
    }

    [Fact]
    public void NoTwoGlyphsLookTheSame()
    {
        var looks = PrintableAscii.Select(c => BitmapFont.TryGetGlyph(c, out var rows) ? string.Join('/', rows) : "").ToList();

        looks.Distinct().Count().ShouldBe(PrintableAscii.Length);
    }

    [Theory]
    [InlineData('\t')]
    [InlineData('é')]
    [InlineData('\u007F')]
    public void CharactersOutsidePrintableAscii_HaveNoGlyph(char c)
    {
        BitmapFont.TryGetGlyph(c, out _).ShouldBeFalse();
    }
}
