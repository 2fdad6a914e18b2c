using OrleansLife.Grains.Cells;

namespace OrleansLife.Grains.Patterns;

/// <summary>
/// Reads the Run Length Encoded format of LifeWiki and Golly: <c>#</c> comment lines, the header
/// <c>x = m, y = n, rule = B3/S23</c>, then runs of <c>b</c>/<c>.</c> (dead), <c>o</c>/<c>A</c> (alive) and <c>$</c>
/// (end of row) closed by <c>!</c>.
/// </summary>
/// <remarks>
/// Lenient where files in the wild differ harmlessly: whitespace and line breaks between tokens, dead cells past the
/// declared width, unknown <c>#</c> lines, text after the final <c>!</c>, a Golly grid suffix on the rule
/// (<c>B3/S23:T100,100</c>, ignored). Strict where the result would be a guess: the header is required, live cells
/// must lie inside the declared box, and a missing <c>!</c> is an error, since it usually means a truncated paste.
/// </remarks>
public static class RleReader
{
    public static Pattern Read(string text)
    {
        var lines = PatternText.Lines(text);
        var comments = new RleComments();
        var index = 0;
        while (index < lines.Length && IsCommentOrBlank(lines[index]))
        {
            comments.Add(lines[index].Trim(), index + 1);
            index++;
        }

        if (index == lines.Length)
            throw new PatternFormatException(lines.Length, 1,
                "the text ends before the header line 'x = <width>, y = <height>' that every RLE pattern starts with.");

        var header = RleHeader.Parse(lines[index], index + 1);
        var rule = header.Rule ?? comments.ParseRule();
        var cells = ReadCells(lines, index + 1, header);
        return new Pattern(comments.Name ?? "", header.Width, header.Height, cells, rule, comments.Description)
        {
            Author = comments.Author,
        };
    }

    private static bool IsCommentOrBlank(string line)
    {
        var trimmed = line.TrimStart();
        return trimmed.Length == 0 || trimmed[0] == '#';
    }

    private static List<Coordinate> ReadCells(string[] lines, int firstLine, RleHeader header)
    {
        var body = new RleBody(header);
        for (var index = firstLine; index < lines.Length; index++)
        {
            var line = lines[index];
            for (var column = 0; column < line.Length; column++)
                if (body.Accept(line[column], index + 1, column + 1)) return body.Cells;
        }

        var lastLine = Math.Max(lines.Length, 1);
        body.ThrowMissingTerminator(lastLine, lines[lastLine - 1].Length + 1);
        return body.Cells;
    }
}
