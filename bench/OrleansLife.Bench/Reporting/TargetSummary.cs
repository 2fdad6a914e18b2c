using OrleansLife.Bench.Pods;
using System.Text;
using OrleansLife.Bench.Game;
using OrleansLife.Bench.Raw;
using static OrleansLife.Bench.Reporting.ResultTable;

namespace OrleansLife.Bench.Reporting;

/// <summary>Issue 8's targets against what this run measured, one row per target and cluster size.</summary>
public sealed class TargetSummary
{
    private const int AcornGenerations = 5206;
    private const double IdleBytesLimit = 2_500;
    private readonly List<string> _rows = [];

    /// <summary>Game grain calls/s at least 60 % of Orleans' awaited-call rate on the same silos, for each scenario.</summary>
    public void AddCallRates(IEnumerable<ScenarioResult> results, IReadOnlyList<RawRate> raw)
    {
        foreach (var result in results)
        {
            if (raw.FirstOrDefault(r => r.Silos == result.Silos && r.Kind.StartsWith("awaited", StringComparison.Ordinal)) is not { } awaited) continue;
            var share = result.Grains.MessagesPerSecond / awaited.CallsPerSecond;
            Add($"game grain calls/s ≥ 60 % of Orleans' awaited calls/s ({result.Silos} silo(s), {result.Scenario.Name})",
                $"{N(result.Grains.MessagesPerSecond)} of {N(awaited.CallsPerSecond)} = {N(100 * share)} %", share >= 0.6 ? "met" : "not met");
        }
    }

    /// <summary>Acorn's 5206 generations in under 60 s (aim 30 s); a shorter run is extrapolated at its rate, and says so.</summary>
    public void AddAcorn(IEnumerable<ScenarioResult> results)
    {
        foreach (var result in results.Where(r => r.Scenario.Name.StartsWith("acorn", StringComparison.Ordinal)))
        {
            var seconds = AcornGenerations / result.Grains.GenerationsPerSecond;
            var measured = result.Scenario.Generations == AcornGenerations
                ? $"{N(seconds, 1)} s"
                : $"≈ {N(seconds, 1)} s, extrapolated from {N(result.Scenario.Generations)} generations in {N(result.Grains.Elapsed.TotalSeconds, 1)} s";
            Add($"acorn to {AcornGenerations} in < 60 s, aim 30 s ({result.Silos} silo(s))", measured,
                seconds < 30 ? "met, and the aim" : seconds < 60 ? "met, not the aim" : "not met");
        }
    }

    /// <summary>The 256² random torus at 2 generations per second or more (aim 5).</summary>
    public void AddTorus256(IEnumerable<ScenarioResult> results)
    {
        foreach (var result in results.Where(r => r.Scenario.Geometry.Width == 256))
        {
            var rate = result.Grains.GenerationsPerSecond;
            Add($"256² ≥ 2 gen/s, aim 5 ({result.Silos} silo(s))", $"{N(rate, 1)} gen/s",
                rate >= 5 ? "met, and the aim" : rate >= 2 ? "met, not the aim" : "not met");
        }
    }

    public void AddIdleActivation(double bytesEach) =>
        Add("≤ 2.5 KB (2,500 bytes) per idle cell activation", $"{N(bytesEach)} bytes", bytesEach <= IdleBytesLimit ? "met" : "not met");

    public void AddFlatOutWithPods(IEnumerable<FlatOutResult> results)
    {
        foreach (var result in results)
            Add($"a flat-out board with its pods ≥ 70 % as fast as without them ({result.Scenario})", $"{result.Ratio:P0}",
                result.Ratio >= 0.7 ? "met" : "not met");
    }

    public void Add(string target, string measured, string verdict) => _rows.Add($"| {target} | {measured} | {verdict} |");

    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine("| issue 8 target | measured | verdict |");
        text.AppendLine("|---|---|---|");
        foreach (var row in _rows) text.AppendLine(row);
        return text.ToString();
    }
}
