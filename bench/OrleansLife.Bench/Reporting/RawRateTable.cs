using System.Text;
using OrleansLife.Bench.Raw;
using static OrleansLife.Bench.Reporting.ResultTable;

namespace OrleansLife.Bench.Reporting;

/// <summary>Prints Orleans' raw rates, one row per kind of call and cluster size, as a Markdown table.</summary>
public static class RawRateTable
{
    public static string Format(IEnumerable<RawRate> rates)
    {
        var text = new StringBuilder();
        text.AppendLine("| Orleans, trivial grain | silos | calls | time | calls/s |");
        text.AppendLine("|---|---|---|---|---|");
        foreach (var rate in rates)
            text.AppendLine($"| {rate.Kind} | {rate.Silos} | {N(rate.Calls)} | {N(rate.Elapsed.TotalSeconds, 2)} s | {N(rate.CallsPerSecond)} |");
        return text.ToString();
    }
}
