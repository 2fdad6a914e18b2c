using System.Globalization;
using System.Text;

namespace OrleansLife.Bench.Pods;

/// <summary>A Markdown table built row by row, as BENCHMARKS.md quotes it.</summary>
public sealed class MarkdownTable(params string[] header)
{
    private readonly List<string[]> _rows = [];

    public void Add(params string[] row) => _rows.Add(row);

    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine("| " + string.Join(" | ", header) + " |");
        text.AppendLine("|" + string.Concat(header.Select(_ => "---|")));
        foreach (var row in _rows) text.AppendLine("| " + string.Join(" | ", row) + " |");
        return text.ToString();
    }

    public static string N(double value, int decimals = 0) => value.ToString("N" + decimals, CultureInfo.InvariantCulture);

    public static string Ms(TimeSpan time) => N(time.TotalMilliseconds, time.TotalMilliseconds < 100 ? 1 : 0) + " ms";
}
