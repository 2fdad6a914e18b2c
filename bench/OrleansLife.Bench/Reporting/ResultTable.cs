using System.Globalization;
using System.Text;
using OrleansLife.Bench.Engines;

namespace OrleansLife.Bench.Reporting;

/// <summary>Prints the grain engine against the array engine, one row per scenario, as a Markdown table.</summary>
public sealed class ResultTable
{
    private readonly List<string[]> _rows = [];

    private static readonly string[] Header =
    [
        "scenario", "generations", "grain gen/s", "grain cell updates/s", "array gen/s", "array cell updates/s",
        "grain ÷ array time", "messages/gen", "allocated/gen", "activations", "heap/activation", "population",
    ];

    public void Add(Scenario scenario, EngineRun grains, EngineRun array)
    {
        var perGeneration = scenario.CellsPerGeneration;
        _rows.Add(
        [
            scenario.Name,
            N(scenario.Generations),
            N(grains.GenerationsPerSecond, 1),
            perGeneration is { } cells ? N(grains.GenerationsPerSecond * cells) : "—",
            N(array.GenerationsPerSecond, 1),
            perGeneration is { } sweep ? N(array.GenerationsPerSecond * sweep) : "—",
            N(grains.Elapsed / array.Elapsed, 1) + "×",
            N(grains.MessagesPerGeneration),
            Bytes(grains.AllocatedPerGeneration),
            N(grains.Activations),
            grains.Activations == 0 ? "—" : Bytes((double)grains.HeapBytesAfter / grains.Activations),
            grains.FinalPopulation == array.FinalPopulation ? N(grains.FinalPopulation) : $"{grains.FinalPopulation} ≠ {array.FinalPopulation}",
        ]);
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine("| " + string.Join(" | ", Header) + " |");
        text.AppendLine("|" + string.Concat(Header.Select(_ => "---|")));
        foreach (var row in _rows) text.AppendLine("| " + string.Join(" | ", row) + " |");
        return text.ToString();
    }

    private static string N(double value, int decimals = 0) => value.ToString("N" + decimals, CultureInfo.InvariantCulture);

    private static string Bytes(double bytes) => bytes switch
    {
        >= 1 << 20 => N(bytes / (1 << 20), 1) + " MiB",
        >= 1 << 10 => N(bytes / (1 << 10), 1) + " KiB",
        _ => N(bytes) + " B",
    };
}
