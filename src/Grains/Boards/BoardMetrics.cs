using System.Diagnostics.Metrics;

namespace OrleansLife.Grains.Boards;

/// <summary>
/// The boards' counters on the <c>OrleansLife.Boards</c> meter: generations computed, and the births and deaths they
/// brought, each tagged with the board's name.
/// </summary>
public sealed class BoardMetrics
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "OrleansLife.Boards";

    private readonly Counter<long> _generations;
    private readonly Counter<long> _births;
    private readonly Counter<long> _deaths;

    /// <summary>Creates the counters on a meter from <paramref name="meterFactory"/>.</summary>
    public BoardMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _generations = meter.CreateCounter<long>("orleanslife.board.generations", "{generation}", "Generations computed, by board.");
        _births = meter.CreateCounter<long>("orleanslife.board.births", "{cell}", "Cells born, by board.");
        _deaths = meter.CreateCounter<long>("orleanslife.board.deaths", "{cell}", "Cells that died, by board.");
    }

    /// <summary>Counts one generation of <paramref name="board"/> and what it changed.</summary>
    public void RecordGeneration(string board, int births, int deaths)
    {
        var tag = new KeyValuePair<string, object?>("board", board);
        _generations.Add(1, tag);
        _births.Add(births, tag);
        _deaths.Add(deaths, tag);
    }
}
