using OrleansLife.Grains.Cells;

namespace OrleansLife.Grains.Patterns;

/// <summary>
/// Reads the hackathon's grid file: one board row per line, <c>#</c> alive and any other printable character
/// (<c>.</c>, space, <c>-</c>, <c>_</c>, …) dead. Lines may be ragged; the width is the longest line.
/// </summary>
/// <remarks>
/// Every character counts, trailing spaces included, because the file is a picture of the board. Tabs and other
/// control characters are rejected: how many cells a tab stands for is anyone's guess.
/// </remarks>
public static class GridFileReader
{
    public static Pattern Read(string text, string name = "")
    {
        ArgumentNullException.ThrowIfNull(name);
        var lines = PatternText.Lines(text);
        var height = PatternText.CountWithoutTrailingEmpty(lines);
        var cells = new List<Coordinate>();
        var width = 0;
        for (var y = 0; y < height; y++)
        {
            var line = lines[y];
            PatternLimits.CheckRow(y + 1, y, line.Length);
            for (var x = 0; x < line.Length; x++)
            {
                var c = line[x];
                if (c == '#')
                {
                    PatternLimits.CheckPopulation(cells.Count, y + 1, x + 1);
                    cells.Add(new Coordinate(x, y));
                }
                else if (char.IsControl(c))
                    throw new PatternFormatException(y + 1, x + 1,
                        $"unexpected control character {PatternText.Quote(c)}; expected '#' (alive) or a printable character such as '.' or a space (dead).");
            }

            width = Math.Max(width, line.Length);
        }

        return new Pattern(name, width, height, cells);
    }
}
