using System.Runtime.CompilerServices;
using OrleansLife.Grains.Regions;
using OrleansLife.Runtime.Activations;

namespace OrleansLife.Grains.Cells;

/// <summary>
/// A cell: alive or dead, plus the live neighbours counted towards the next two generations. Two counters because
/// a neighbour may announce itself for generation g+1 before this cell has decided generation g.
/// </summary>
public sealed class CellGrain : Grain, ICellGrain
{
    private long _epoch;
    private int _evenCount;
    private int _oddCount;
    private bool _alive;
    // Where this cell's neighbours live, remembered while it is alive and announces itself to them every generation.
    private NeighbourRoutes _routes;
    // Where this cell's region lives: it reports to it every generation it is on the frontier.
    private GrainRoute _regionRoute;

    public CellGrain()
    {
        // A cell's state (alive, neighbours counted for the next generation) exists nowhere else, and a paused board
        // may leave it unvisited for hours: the idle collector must not take it. Boards retire cells explicitly the
        // moment they leave the frontier, which is what keeps boards sparse.
        KeepAlive = true;
    }

    public void Seed(GenerationTick tick)
    {
        Join(tick.Epoch);
        var wasAlive = _alive;
        _alive = true;
        Announce(tick, tick.Generation);
        Report(tick, tick.Generation, wasAlive);
    }

    public void AddNeighbour(long generation, long epoch)
    {
        Join(epoch);
        if ((generation & 1) == 0) _evenCount++;
        else _oddCount++;
    }

    public void Decide(GenerationTick tick)
    {
        Join(tick.Epoch);
        var generation = tick.Generation;
        int neighbours;
        if ((generation & 1) == 0) (neighbours, _evenCount) = (_evenCount, 0);
        else (neighbours, _oddCount) = (_oddCount, 0);

        var wasAlive = _alive;
        _alive = tick.Rule.Next(wasAlive, neighbours);
        if (_alive) Announce(tick, generation + 1);
        else if (wasAlive) _routes = default; // a dead cell stops announcing: let go of its neighbours' activations
        Report(tick, generation, wasAlive);
    }

    public void Retire(long epoch)
    {
        // A neighbour born since the board decided to retire us has already announced itself: stay.
        if (epoch == _epoch && (_alive || _evenCount != 0 || _oddCount != 0)) return;
        DeactivateOnIdle();
    }

    public Task<bool> IsAliveAsync() => Task.FromResult(_alive);

    /// <summary>A message from a new incarnation of the board wipes what an earlier board of the same name left here.</summary>
    private void Join(long epoch)
    {
        if (epoch == _epoch) return;
        _epoch = epoch;
        _alive = false;
        _evenCount = _oddCount = 0;
        _routes = default;
    }

    /// <summary>Tells each neighbour this cell is alive in <paramref name="generation"/>, addressing them by id: no allocation.</summary>
    private void Announce(GenerationTick tick, long generation)
    {
        Span<Coordinate> around = stackalloc Coordinate[8];
        var count = tick.Geometry.Neighbours(CellKey.Unpack(GetPrimaryKeyLong()), around);
        for (var i = 0; i < count; i++)
            SendOneWay(ref _routes[i], CellMethods.Id(around[i], tick.Board), CellMethods.AddNeighbour, generation, tick.Epoch);
    }

    private void Report(GenerationTick tick, long generation, bool wasAlive)
    {
        var key = GetPrimaryKeyLong();
        SendOneWay(ref _regionRoute, RegionMethods.Id(RegionKey.Of(CellKey.Unpack(key)), tick.Board), RegionMethods.CellDecided, key,
            new CellReport(generation, CellReport.TagOf(tick.Epoch), wasAlive, _alive).Pack());
    }

    [InlineArray(8)]
    private struct NeighbourRoutes
    {
        private GrainRoute _first;
    }
}
