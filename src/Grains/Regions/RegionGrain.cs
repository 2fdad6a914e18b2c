using System.Runtime.InteropServices;
using OrleansLife.Grains.Cells;
using OrleansLife.Grains.Placement;

namespace OrleansLife.Grains.Regions;

/// <summary>
/// A tile of a board for one generation at a time: has the tile's candidates (cells whose state or neighbour count
/// changed in the generation before) decide, collects their outcomes, and answers the board with the tile's births
/// and deaths. Between generations it keeps the cells the last round touched: those that still have something to
/// remember decide next; the others are left for idle collection, so only live cells and their neighbours stay.
/// </summary>
[TilePlacement, GrainType("region")]
public sealed class RegionGrain(ILocalSiloDetails silo) : Grain, IRegionGrain
{
    // This tile's cells touched by the last round, with the latest stamp each answered with.
    private readonly Dictionary<Coordinate, long> _touched = [];
    private long _epoch;
    private string? _board;

    private long Key => this.GetPrimaryKeyLong(out _);

    // Decoding the key makes a new string each time, and a round asks for it once per candidate.
    private string Board => _board ??= CellKey.BoardOf(this);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Orleans 10.4.2 runs a new activation's first turn inside a lock on the activation (ActivationData.Start).
        // This grain's first turn calls other new activations whose first turns call it back, and each would wait for
        // the other's lock: yielding here lets Start return, so the first turn runs outside the lock.
        await Task.Yield();
    }

    public async Task<RegionOutcome> SeedAsync(RegionSeed seed)
    {
        Join(seed.Tick.Epoch);
        var cells = seed.Cells;
        var seeding = new Task<CellOutcome>[cells.Length];
        for (var i = 0; i < cells.Length; i++) seeding[i] = Cell(cells[i]).SeedAsync(seed.Tick);
        return Collect(seed.Tick, cells, await Task.WhenAll(seeding));
    }

    public Task<string> GetSiloAsync() => Task.FromResult(silo.Name);

    public async Task<RegionOutcome> DecideAsync(RegionRound round)
    {
        var tick = round.Tick;
        if (tick.Epoch != _epoch)
        {
            if (round.ExpectsState) throw new RegionStateLostException(Board, tick.Generation);
            Join(tick.Epoch);
        }
        foreach (var touch in round.EdgeTouches) Touch(_touched, touch.Cell, touch.Stamp);

        var candidates = new List<Coordinate>(_touched.Count);
        foreach (var (cell, stamp) in _touched)
            if (Stamp.MayChange(stamp)) candidates.Add(cell);
        _touched.Clear();

        var deciding = new Task<CellOutcome>[candidates.Count];
        for (var i = 0; i < deciding.Length; i++) deciding[i] = Cell(candidates[i]).DecideAsync(tick);
        return Collect(tick, [.. candidates], await Task.WhenAll(deciding));
    }

    public Task ClearAsync(long epoch)
    {
        if (epoch >= _epoch)
        {
            _touched.Clear();
            DeactivateOnIdle();
        }
        return Task.CompletedTask;
    }

    /// <summary>Turns the cells' outcomes into the tile's births and deaths, and the cells they touched.</summary>
    private RegionOutcome Collect(CellTick tick, Coordinate[] cells, CellOutcome[] outcomes)
    {
        var births = new List<Coordinate>();
        var deaths = new List<Coordinate>();
        var elsewhere = new Dictionary<Coordinate, long>();
        var key = Key;
        Span<Coordinate> around = stackalloc Coordinate[8];
        for (var i = 0; i < cells.Length; i++)
        {
            var outcome = outcomes[i];
            if (!outcome.Changed) continue;
            var cell = cells[i];
            (outcome.IsAlive ? births : deaths).Add(cell);
            Touch(cell, outcome.Self, key, elsewhere);
            var count = tick.Geometry.Neighbours(cell, around);
            var stamps = outcome.Neighbours!;
            for (var n = 0; n < count; n++) Touch(around[n], stamps[n], key, elsewhere);
        }
        // Its candidates exist nowhere else; a tile with none remembers nothing and may be collected.
        DelayDeactivation(_touched.Count > 0 ? TimeSpan.MaxValue : TimeSpan.Zero);
        var edge = new CellTouch[elsewhere.Count];
        var e = 0;
        foreach (var (cell, stamp) in elsewhere) edge[e++] = new CellTouch(cell, stamp);
        return new RegionOutcome(key, [.. births], [.. deaths], edge, _touched.Count);
    }

    private void Touch(Coordinate cell, long stamp, long key, Dictionary<Coordinate, long> elsewhere) =>
        Touch(RegionKey.Of(cell) == key ? _touched : elsewhere, cell, stamp);

    /// <summary>A cell touched several times in a round goes by its latest word.</summary>
    private static void Touch(Dictionary<Coordinate, long> touched, Coordinate cell, long stamp)
    {
        ref var latest = ref CollectionsMarshal.GetValueRefOrAddDefault(touched, cell, out _);
        latest = Math.Max(latest, stamp);
    }

    private ICellGrain Cell(Coordinate cell) => GrainFactory.Cell(Board, cell);

    /// <summary>A message from a new incarnation of the board wipes what an earlier one left here.</summary>
    private void Join(long epoch)
    {
        if (epoch == _epoch) return;
        _epoch = epoch;
        _touched.Clear();
    }
}
