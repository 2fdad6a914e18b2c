using System.Runtime.InteropServices;
using OrleansLife.Grains.Cells;
using OrleansLife.Runtime.Activations;

namespace OrleansLife.Grains.Regions;

// The tile's frontier: how many live cells surround each of its cells. Births and deaths change it around them,
// across the tile's edge too, which neighbouring regions learn through coverage deltas that the board forwards.
public sealed partial class RegionGrain
{
    private readonly Dictionary<Coordinate, FrontierCell> _frontier = [];
    private readonly Dictionary<long, List<CoverageChange>> _outgoing = [];

    public void Cover(CoverageDelta delta)
    {
        Join(delta.Epoch);
        foreach (var change in delta.Changes) AddCoverage(change.Cell, change.Delta);
        RestIfEmpty();
    }

    public void Clear()
    {
        // Epoch 0 belongs to no board, so every cell retires, live or not.
        foreach (var cell in _frontier.Keys) SendOneWay(CellMethods.Id(cell, Board), CellMethods.Retire, 0);
        _frontier.Clear();
        RestIfEmpty();
    }

    /// <summary>Adds <paramref name="delta"/> around a cell of this tile that was born (+1) or died (-1).</summary>
    private void Spread(Coordinate cell, int delta, GenerationTick tick, Span<Coordinate> around)
    {
        AddCoverage(cell, delta);
        var count = tick.Geometry.Neighbours(cell, around);
        for (var i = 0; i < count; i++)
        {
            var region = RegionKey.Of(around[i]);
            if (region == Key) AddCoverage(around[i], delta);
            else Outgoing(region).Add(new CoverageChange(around[i], delta));
        }
    }

    private List<CoverageChange> Outgoing(long region)
    {
        ref var changes = ref CollectionsMarshal.GetValueRefOrAddDefault(_outgoing, region, out _);
        return changes ??= [];
    }

    /// <summary>The changes this round made across the tile's edges, one delta per neighbouring region.</summary>
    private CoverageDelta[] TakeEdgeChanges()
    {
        var deltas = new List<CoverageDelta>();
        foreach (var (region, changes) in _outgoing)
        {
            if (changes.Count == 0) continue;
            deltas.Add(new CoverageDelta(region, _epoch, [.. changes]));
            changes.Clear();
        }
        return [.. deltas];
    }

    /// <summary>A cell left with no live cell around it retires at once: between generations only the frontier is active.</summary>
    private void AddCoverage(Coordinate cell, int delta)
    {
        ref var frontier = ref CollectionsMarshal.GetValueRefOrAddDefault(_frontier, cell, out _);
        frontier ??= new FrontierCell();
        frontier.LiveAround += delta;
        if (frontier.LiveAround != 0) return;
        _frontier.Remove(cell);
        SendOneWay(CellMethods.Id(cell, Board), CellMethods.Retire, _epoch);
    }

    /// <summary>
    /// The frontier exists only here, so a region with one must not be collected when its board pauses; an empty
    /// region remembers nothing and goes away (a later birth nearby activates it afresh).
    /// </summary>
    private void RestIfEmpty()
    {
        KeepAlive = _frontier.Count > 0;
        if (!KeepAlive && !_computing) DeactivateOnIdle();
    }

    /// <summary>A frontier cell: how many live cells are around it, and where its activation was last found.</summary>
    private sealed class FrontierCell
    {
        public int LiveAround;
        public GrainRoute Route;
    }
}
