using System.Globalization;
using System.Text;

namespace OrleansLife.Grains.Patterns;

/// <summary>
/// Writes a pattern as standard RLE that <see cref="RleReader"/> (and Golly) read back to the same pattern:
/// <c>#N</c>/<c>#O</c>/<c>#C</c> lines, the header, then data lines of at most <see cref="MaxLineLength"/> characters.
/// </summary>
public static class RleWriter
{
    /// <summary>The line length the RLE format asks writers to stay within.</summary>
    public const int MaxLineLength = 70;

    public static string Write(Pattern pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var text = new StringBuilder();
        // A line break inside a name would end the #N line early, so it becomes a space.
        if (pattern.Name.Length > 0) text.Append("#N ").Append(OneLine(pattern.Name)).Append('\n');
        if (pattern.Author is { } author) text.Append("#O ").Append(OneLine(author)).Append('\n');
        if (pattern.Description is { } description)
            foreach (var line in description.Split('\n')) text.Append("#C ").Append(line.TrimEnd('\r')).Append('\n');

        text.Append(CultureInfo.InvariantCulture, $"x = {pattern.Width}, y = {pattern.Height}");
        if (pattern.Rule is { } rule) text.Append(", rule = ").Append(rule);
        text.Append('\n');

        var data = new RleLineWrapper(text, MaxLineLength);
        AppendRuns(pattern, data);
        data.Append(1, '!');
        text.Append('\n');
        return text.ToString();
    }

    private static void AppendRuns(Pattern pattern, RleLineWrapper data)
    {
        var cells = pattern.Cells;
        var row = 0;
        var column = 0;
        for (var i = 0; i < cells.Count;)
        {
            var cell = cells[i];
            if (cell.Y > row)
            {
                data.Append(cell.Y - row, '$');
                row = cell.Y;
                column = 0;
            }

            var end = i + 1;
            while (end < cells.Count && cells[end].Y == row && cells[end].X == cells[end - 1].X + 1) end++;
            if (cell.X > column) data.Append(cell.X - column, 'b');
            data.Append(end - i, 'o');
            column = cells[end - 1].X + 1;
            i = end;
        }
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
