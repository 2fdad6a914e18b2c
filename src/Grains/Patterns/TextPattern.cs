using OrleansLife.Grains.Cells;

namespace OrleansLife.Grains.Patterns;

/// <summary>Turns text into live cells with a built-in bitmap font, so a board can spell a word before Life takes it apart.</summary>
public static class TextPattern
{
    /// <summary>Rows taken by one line of text: 7 above the baseline, 2 for descenders.</summary>
    public const int LineHeight = BitmapFont.Height;

    /// <summary>Dead rows between two lines of text.</summary>
    public const int LineSpacing = 1;

    /// <summary>
    /// Draws <paramref name="text"/> (printable ASCII; '\n' starts a new line) with <paramref name="letterSpacing"/>
    /// dead columns between letters. Each line is <see cref="LineHeight"/> rows high, even without descenders,
    /// so that renderings of different words line up.
    /// </summary>
    /// <exception cref="PatternFormatException">The text contains a character the font has no glyph for.</exception>
    public static Pattern Render(string text, int letterSpacing = 1)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(letterSpacing);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(letterSpacing, Pattern.MaxSide);
        if (text.Length == 0) return new Pattern(text, 0, 0, []);

        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var cells = new List<Coordinate>();
        var width = 0;
        for (var line = 0; line < lines.Length; line++)
        {
            var top = line * (LineHeight + LineSpacing);
            width = Math.Max(width, DrawLine(lines[line], line + 1, top, letterSpacing, cells));
        }

        var height = lines.Length * (LineHeight + LineSpacing) - LineSpacing;
        if (width > Pattern.MaxSide || height > Pattern.MaxSide || cells.Count > Pattern.MaxPopulation)
            throw new PatternFormatException(
                $"The text would be {width}×{height} cells with {cells.Count} alive; at most {Pattern.MaxSide} each way and {Pattern.MaxPopulation} alive are allowed.");
        return new Pattern(text, width, height, cells);
    }

    /// <summary>Draws one line of text with its top at row <paramref name="top"/> and returns its width.</summary>
    private static int DrawLine(string line, int lineNumber, int top, int letterSpacing, List<Coordinate> cells)
    {
        var left = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (!BitmapFont.TryGetGlyph(line[i], out var glyph))
                throw new PatternFormatException(lineNumber, i + 1,
                    $"the font has no glyph for {PatternText.Quote(line[i])}; it draws printable ASCII, from space to '~'.");

            if (i > 0) left += letterSpacing;
            for (var y = 0; y < glyph.Length; y++)
                for (var x = 0; x < glyph[y].Length; x++)
                    if (glyph[y][x] == '#') cells.Add(new Coordinate(left + x, top + y));
            left += glyph[0].Length;
        }

        return left;
    }
}
