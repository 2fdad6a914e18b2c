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
        "grain ÷ array time", "grain calls/s", "messages/gen", "births + deaths/gen", "messages ÷ change", "cross-silo calls",
        "allocated/gen", "activations", "heap/activation", "population",
    ];

    /// <param name="changes">Births and deaths over the scenario's generations (<see cref="ChangeCount"/>).</param>
    public void Add(Scenario scenario, EngineRun grains, EngineRun array, long changes)
    {
        var changesPerGeneration = (double)changes / scenario.Generations;
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
            N(grains.MessagesPerSecond),
            N(grains.MessagesPerGeneration),
            N(changesPerGeneration),
            changes == 0 ? "—" : N(grains.MessagesPerGeneration / changesPerGeneration, 1),
            N(100 * grains.RemoteShare, 1) + " %",
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

    internal static string N(double value, int decimals = 0) => value.ToString("N" + decimals, CultureInfo.InvariantCulture);

    internal static string Bytes(double bytes) => bytes switch
    {
        >= 1 << 20 => N(bytes / (1 << 20), 1) + " MiB",
        >= 1 << 10 => N(bytes / (1 << 10), 1) + " KiB",
        _ => N(bytes) + " B",
    };
}
