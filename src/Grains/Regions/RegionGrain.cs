using OrleansLife.Grains.Cells;
using OrleansLife.Runtime.Activations;

namespace OrleansLife.Grains.Regions;

/// <summary>
/// A tile of a board for one generation at a time: fans the board's instruction out to the tile's frontier, waits for
/// every cell's report, and answers the board with the tile's births and deaths. Its mailbox is concurrent because
/// all the tile's cells report to it at once.
/// </summary>
public sealed partial class RegionGrain() : Grain(MailboxKind.Concurrent), IRegionGrain
{
    private readonly List<Coordinate> _births = [];
    private readonly List<Coordinate> _deaths = [];
    private long _epoch;
    private GenerationTick? _tick;
    private bool _computing;
    private int _awaitedReports;

    private string Board => GetPrimaryKeyString();

    private long Key => GetPrimaryKeyLong();

    public void Seed(RegionSeed seed)
    {
        BeginRound(seed.Tick, seed.Cells.Length);
        foreach (var cell in seed.Cells) SendOneWay(CellMethods.Id(cell, Board), CellMethods.Seed, seed.Tick);
        if (seed.Cells.Length == 0) CompleteRound();
    }

    public void Decide(GenerationTick tick)
    {
        BeginRound(tick, _frontier.Count);
        foreach (var (cell, frontier) in _frontier) SendOneWay(ref frontier.Route, CellMethods.Id(cell, Board), CellMethods.Decide, tick);
        if (_frontier.Count == 0) CompleteRound();
    }

    public void CellDecided(long cell, long report)
    {
        var decision = CellReport.Unpack(report);
        // A report from an earlier round, or for an earlier board of this name, is stale.
        if (!_computing || decision.Generation != _tick!.Generation || decision.EpochTag != CellReport.TagOf(_epoch)) return;

        if (decision.IsAlive != decision.WasAlive) (decision.IsAlive ? _births : _deaths).Add(CellKey.Unpack(cell));
        if (--_awaitedReports == 0) CompleteRound();
    }

    private void BeginRound(GenerationTick tick, int reports)
    {
        Join(tick.Epoch);
        _tick = tick;
        _computing = true;
        _awaitedReports = reports;
        _births.Clear();
        _deaths.Clear();
    }

    private void CompleteRound()
    {
        _computing = false;
        var tick = _tick!;
        Span<Coordinate> around = stackalloc Coordinate[8];
        foreach (var cell in _births) Spread(cell, +1, tick, around);
        foreach (var cell in _deaths) Spread(cell, -1, tick, around);
        tick.BoardGrain(GrainFactory).RegionDecided(
            new RegionReport(Key, tick.Generation, _epoch, [.. _births], [.. _deaths], TakeEdgeChanges(), _frontier.Count));
        RestIfEmpty();
    }

    /// <summary>A message from a new incarnation of the board wipes what an earlier board of the same name left here.</summary>
    private void Join(long epoch)
    {
        if (epoch == _epoch) return;
        _epoch = epoch;
        _frontier.Clear();
        _outgoing.Clear();
        _computing = false;
    }
}
