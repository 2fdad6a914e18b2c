using OrleansLife.Grains.Cells;

namespace OrleansLife.Grains.Patterns;

/// <summary>
/// Reads LifeWiki's plaintext <c>.cells</c> format: <c>!</c> comment lines (<c>!Name:</c> and <c>!Author:</c> are
/// understood), then one row per line with <c>.</c> dead and <c>O</c> alive (<c>*</c> is accepted as alive too).
/// </summary>
/// <remarks>Rows may be ragged, since writers drop trailing dead cells; the width is the longest row.</remarks>
public static class PlaintextReader
{
    private const string NamePrefix = "!Name:";
    private const string AuthorPrefix = "!Author:";

    public static Pattern Read(string text)
    {
        var lines = PatternText.Lines(text);
        var count = PatternText.CountWithoutTrailingEmpty(lines);
        string name = "";
        string? author = null;
        var description = new List<string>();
        var cells = new List<Coordinate>();
        var width = 0;
        var height = 0;
        for (var index = 0; index < count; index++)
        {
            var line = lines[index];
            if (line.StartsWith('!'))
            {
                if (line.StartsWith(NamePrefix, StringComparison.OrdinalIgnoreCase)) name = line[NamePrefix.Length..].Trim();
                else if (line.StartsWith(AuthorPrefix, StringComparison.OrdinalIgnoreCase)) author = line[AuthorPrefix.Length..].Trim();
                else description.Add(line[1..].Trim());
                continue;
            }

            // Editors leave trailing blanks; they are not cells.
            var row = line.TrimEnd(' ', '\t');
            PatternLimits.CheckRow(index + 1, height, row.Length);
            ReadRow(row, height, index + 1, cells);
            width = Math.Max(width, row.Length);
            height++;
        }

        // Files often end their comments with a bare '!' as a separator; it is not part of the description.
        while (description.Count > 0 && description[^1].Length == 0) description.RemoveAt(description.Count - 1);
        return new Pattern(name, width, height, cells, description: description.Count == 0 ? null : string.Join('\n', description))
        {
            Author = author,
        };
    }

    private static void ReadRow(string row, int y, int lineNumber, List<Coordinate> cells)
    {
        for (var x = 0; x < row.Length; x++)
        {
            switch (row[x])
            {
                case '.':
                    break;
                case 'O' or '*':
                    PatternLimits.CheckPopulation(cells.Count, lineNumber, x + 1);
                    cells.Add(new Coordinate(x, y));
                    break;
                default:
                    throw new PatternFormatException(lineNumber, x + 1,
                        $"unexpected character {PatternText.Quote(row[x])}; expected '.' (dead) or 'O' (alive), or a line starting with '!' (comment).");
            }
        }
    }
}
