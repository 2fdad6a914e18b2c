using System.Runtime.InteropServices;
using OrleansLife.Runtime.Activations;
using OrleansLife.Grains.Cells;

namespace OrleansLife.Grains.Boards;

public sealed partial class BoardGrain
{
    private readonly HashSet<Coordinate> _live = [];
    // How many live cells lie in each cell's 3×3 neighbourhood, itself included. The cells with any are exactly the
    // candidates of the next round (the live cells and their neighbours); kept up to date from births and deaths
    // alone, so the work per generation follows how much changed, not how much lives.
    private readonly Dictionary<Coordinate, FrontierCell> _coverage = [];
    private readonly List<Coordinate> _births = [];
    private readonly List<Coordinate> _deaths = [];
    private readonly List<(long Generation, TaskCompletionSource<BoardSnapshot> Done)> _waiters = [];
    private long _generation;
    private bool _computing;
    private bool _seeding;
    private int _awaitedReports;
    private long _targetGeneration;
    private int _lastBirths;
    private int _lastDeaths;
    private GenerationTick? _tick;

    /// <summary>Makes <paramref name="cells"/> alive at <paramref name="generation"/>; each reports back like a decision.</summary>
    private void Seed(Coordinate[] cells, long generation)
    {
        _generation = generation;
        _targetGeneration = generation;
        _live.Clear();
        _seeding = true;
        BeginRound(cells.Length);
        var tick = TickFor(generation);
        foreach (var cell in cells) SendOneWay(CellMethods.Id(cell, tick.Board), CellMethods.Seed, tick);
        if (cells.Length == 0) CompleteRound();
    }

    /// <summary>Asks every cell that could change (the live ones and their neighbours) to decide the next generation.</summary>
    private void Advance()
    {
        _seeding = false;
        BeginRound(_coverage.Count);
        var tick = TickFor(_generation);
        foreach (var (cell, frontier) in _coverage)
            SendOneWay(ref frontier.Route, CellMethods.Id(cell, tick.Board), CellMethods.Decide, tick);
        if (_coverage.Count == 0) CompleteRound();
    }

    /// <summary>
    /// Adds <paramref name="delta"/> to the coverage of a cell that was born (+1) or died (-1) and of its neighbours;
    /// a cell left with no live cell around it retires at once, so between generations only live cells and their
    /// neighbours are active.
    /// </summary>
    private void Cover(Coordinate cell, int delta, Span<Coordinate> around)
    {
        AddCoverage(cell, delta);
        var count = _definition!.Geometry.Neighbours(cell, around);
        for (var i = 0; i < count; i++) AddCoverage(around[i], delta);
    }

    private void AddCoverage(Coordinate cell, int delta)
    {
        ref var frontier = ref CollectionsMarshal.GetValueRefOrAddDefault(_coverage, cell, out _);
        frontier ??= new FrontierCell();
        frontier.LiveAround += delta;
        if (frontier.LiveAround != 0) return;
        _coverage.Remove(cell);
        SendOneWay(CellMethods.Id(cell, _definition!.Name), CellMethods.Retire, _epoch);
    }

    public void CellDecided(long cell, long report)
    {
        var decision = CellReport.Unpack(report);
        // A report from an earlier round, or for an earlier board of this name, is stale.
        if (!_computing || decision.Generation != _generation || decision.EpochTag != CellReport.TagOf(_epoch)) return;

        if (decision.IsAlive != decision.WasAlive) (decision.IsAlive ? _births : _deaths).Add(CellKey.Unpack(cell));
        if (--_awaitedReports == 0) CompleteRound();
    }

    private void BeginRound(int reports)
    {
        _computing = true;
        _awaitedReports = reports;
        _births.Clear();
        _deaths.Clear();
    }

    private void CompleteRound()
    {
        var definition = _definition!;
        _computing = false;
        Span<Coordinate> around = stackalloc Coordinate[8];
        foreach (var cell in _births)
        {
            _live.Add(cell);
            Cover(cell, +1, around);
        }
        foreach (var cell in _deaths)
        {
            _live.Remove(cell);
            Cover(cell, -1, around);
        }
        // Seeding sets up a generation rather than making one: nothing was born or died, and nothing is published.
        if (_seeding) _lastBirths = _lastDeaths = 0;
        else
        {
            _generation++;
            _lastBirths = _births.Count;
            _lastDeaths = _deaths.Count;
            if (events.IsWatched(definition.Name))
                events.Publish(new GenerationRecord(definition.Name, _generation, _live.Count, [.. _births], [.. _deaths]));
        }

        if (_state == BoardState.Running && ReachedMax(definition))
        {
            _state = BoardState.Completed;
            UpdateTicker();
        }
        CompleteWaiters();
        // Steps asked for, or a board running flat out, go straight on; a ticking board waits for its timer.
        if (_targetGeneration > _generation || (_state == BoardState.Running && definition.TickMilliseconds == 0)) Advance();
    }

    private void OnTick()
    {
        if (_computing || _definition is null || _state != BoardState.Running) return;
        Advance();
    }

    /// <summary>Completes once the board has reached <paramref name="generation"/> (and finished seeding).</summary>
    private Task<BoardSnapshot> WhenGenerationAsync(long generation)
    {
        if (!_computing && generation <= _generation) return Task.FromResult(Snapshot());
        var done = new TaskCompletionSource<BoardSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiters.Add((generation, done));
        _targetGeneration = Math.Max(_targetGeneration, generation);
        if (!_computing) Advance();
        return done.Task;
    }

    private long TargetAfter(int generations) => _generation + generations;

    private void CompleteWaiters()
    {
        if (_waiters.Count == 0) return;
        var snapshot = Snapshot();
        _waiters.RemoveAll(waiter => waiter.Generation <= _generation && waiter.Done.TrySetResult(snapshot));
    }

    private void FailWaiters(Exception error)
    {
        foreach (var (_, done) in _waiters) done.TrySetException(error);
        _waiters.Clear();
    }

    private GenerationTick TickFor(long generation)
    {
        if (_tick is not { } tick || tick.Generation != generation || tick.Epoch != _epoch)
            _tick = tick = new GenerationTick(_definition!.Name, _epoch, generation, _definition.Geometry, _definition.Rule);
        return tick;
    }

    private void ResetGenerations()
    {
        _live.Clear();
        _coverage.Clear();
        _computing = false;
        _generation = 0;
        _targetGeneration = 0;
        _tick = null;
    }

    /// <summary>A frontier cell: how many live cells are around it, and where its activation was last found.</summary>
    private sealed class FrontierCell
    {
        public int LiveAround;
        public GrainRoute Route;
    }
}
