using System.Globalization;
using OrleansLife.Grains.Rules;

namespace OrleansLife.Grains.Patterns;

/// <summary>The <c>x = m, y = n, rule = B3/S23</c> line of an RLE file.</summary>
internal readonly record struct RleHeader(int Width, int Height, LifeRule? Rule)
{
    private const string Example = "'x = <width>, y = <height>' (optionally followed by ', rule = B3/S23')";

    public static RleHeader Parse(string line, int lineNumber)
    {
        var first = line.Length - line.TrimStart().Length;
        if (!line.AsSpan(first).StartsWith("x", StringComparison.OrdinalIgnoreCase) || !line.Contains('=', StringComparison.Ordinal))
            throw new PatternFormatException(lineNumber, first + 1, $"expected the header line {Example} before the pattern data.");

        int? width = null, height = null;
        LifeRule? rule = null;
        var start = 0;
        while (start < line.Length)
        {
            var end = line.IndexOf(',', start);
            if (end < 0) end = line.Length;
            var field = new HeaderField(line, start, end, lineNumber);
            if (field.IsBlank)
            {
                start = end + 1;
                continue;
            }

            if (field.Is("rule"))
            {
                // A rule is the last field and may itself contain commas (Golly's "B3/S23:T100,50"), so it takes the rest of the line.
                rule = ParseRule(new HeaderField(line, start, line.Length, lineNumber));
                break;
            }

            if (field.Is("x")) width = ParseSide(field, width, "x", "width");
            else if (field.Is("y")) height = ParseSide(field, height, "y", "height");
            else throw field.Error($"unknown header field '{field.Key}'; expected x, y or rule.");
            start = end + 1;
        }

        if (width is null || height is null)
            throw new PatternFormatException(lineNumber, first + 1, $"the header must give both the width and the height, as in {Example}.");
        return new RleHeader(width.Value, height.Value, rule);
    }

    private static int ParseSide(HeaderField field, int? previous, string key, string meaning)
    {
        if (previous is not null) throw field.Error($"'{key}' is given twice in the header.");
        if (!int.TryParse(field.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var side) || side > Pattern.MaxSide)
            throw field.ValueError($"expected the pattern {meaning} as a whole number from 0 to {Pattern.MaxSide} after '{key} =', found '{field.Value}'.");
        return side;
    }

    private static LifeRule ParseRule(HeaderField field)
    {
        // Golly appends the shape of a bounded grid after a colon; the board's own topology decides that here.
        var text = field.Value ?? "";
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0) text = text[..colon];
        return LifeRule.TryParse(text, out var rule, out var error)
            ? rule
            : throw field.ValueError($"unsupported rule: {error}");
    }
}
