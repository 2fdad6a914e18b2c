using OrleansLife.Grains.Cells;
using OrleansLife.Grains.Regions;

namespace OrleansLife.Grains.Boards;

public sealed partial class BoardGrain
{
    private readonly HashSet<Coordinate> _live = [];
    // The regions asked this round, and those to ask next: the ones whose frontier is not empty, and the ones a birth
    // reached (a birth at a tile's edge puts cells of the neighbouring tile on the frontier).
    private HashSet<long> _activeRegions = [];
    private HashSet<long> _nextRegions = [];
    private readonly List<Coordinate> _births = [];
    private readonly List<Coordinate> _deaths = [];
    private readonly List<CoverageDelta> _edgeChanges = [];
    private readonly List<(long Generation, TaskCompletionSource<BoardSnapshot> Done)> _waiters = [];
    private long _generation;
    private bool _computing;
    private bool _seeding;
    private int _awaitedReports;
    private long _targetGeneration;
    private int _lastBirths;
    private int _lastDeaths;
    private GenerationTick? _tick;

    /// <summary>Makes <paramref name="cells"/> alive at <paramref name="generation"/>, each through its region.</summary>
    private void Seed(Coordinate[] cells, long generation)
    {
        _generation = generation;
        _targetGeneration = generation;
        _live.Clear();
        _activeRegions.Clear();
        _seeding = true;
        var byRegion = cells.GroupBy(RegionKey.Of).ToArray();
        BeginRound(byRegion.Length);
        var tick = TickFor(generation);
        foreach (var region in byRegion) SendOneWay(RegionMethods.Id(region.Key, tick.Board), RegionMethods.Seed, new RegionSeed(tick, [.. region]));
        if (byRegion.Length == 0) CompleteRound();
    }

    /// <summary>Asks every region with a frontier to have it decide the next generation.</summary>
    private void Advance()
    {
        _seeding = false;
        BeginRound(_activeRegions.Count);
        var tick = TickFor(_generation);
        foreach (var region in _activeRegions) SendOneWay(RegionMethods.Id(region, tick.Board), RegionMethods.Decide, tick);
        // A round nobody has to report on completes in a turn of its own: completing it here would start the next one
        // here too, one stack frame deeper per generation, and keep the board's mailbox waiting meanwhile.
        if (_activeRegions.Count == 0) SendOneWay(GrainId, BoardMethods.EmptyRoundDone, _epoch, _generation);
    }

    public void EmptyRoundDone(long epoch, long generation)
    {
        if (_computing && _awaitedReports == 0 && epoch == _epoch && generation == _generation && !_seeding) CompleteRound();
    }

    public void RegionDecided(RegionReport report)
    {
        // A report from an earlier round, or for an earlier board of this name, is stale.
        if (!_computing || report.Generation != _generation || report.Epoch != _epoch) return;

        _births.AddRange(report.Births);
        _deaths.AddRange(report.Deaths);
        _edgeChanges.AddRange(report.Deltas);
        if (report.Frontier > 0) _nextRegions.Add(report.Region);
        if (--_awaitedReports == 0) CompleteRound();
    }

    private void BeginRound(int reports)
    {
        _computing = true;
        _awaitedReports = reports;
        _births.Clear();
        _deaths.Clear();
        _edgeChanges.Clear();
        _nextRegions.Clear();
    }

    private void CompleteRound()
    {
        var definition = _definition!;
        _computing = false;
        Span<Coordinate> around = stackalloc Coordinate[8];
        foreach (var cell in _births)
        {
            _live.Add(cell);
            ReachRegionsAround(cell, definition.Geometry, around);
        }
        foreach (var cell in _deaths) _live.Remove(cell);
        // Every region has finished the round, so no delta can reach a region that has not begun it; and from this
        // one sender, each arrives ahead of the next round's instruction.
        foreach (var delta in _edgeChanges)
        {
            SendOneWay(RegionMethods.Id(delta.Region, definition.Name), RegionMethods.Cover, delta);
            _nextRegions.Add(delta.Region);
        }
        (_activeRegions, _nextRegions) = (_nextRegions, _activeRegions);

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
        ShowInPods();
        CompleteWaiters();
        // Steps asked for, or a board running flat out, go straight on (once its pods have caught up, in lockstep); a
        // ticking board waits for its timer.
        if (_awaitingPods) return;
        if (_targetGeneration > _generation || (_state == BoardState.Running && definition.TickMilliseconds == 0)) Advance();
    }

    /// <summary>The regions holding a newborn cell and its neighbours have work next round, even if they had none.</summary>
    private void ReachRegionsAround(Coordinate cell, BoardGeometry geometry, Span<Coordinate> around)
    {
        _nextRegions.Add(RegionKey.Of(cell));
        var count = geometry.Neighbours(cell, around);
        for (var i = 0; i < count; i++) _nextRegions.Add(RegionKey.Of(around[i]));
    }

    private void OnTick()
    {
        if (_computing || _awaitingPods || _definition is null || _state != BoardState.Running) return;
        Advance();
    }

    /// <summary>Completes once the board has reached <paramref name="generation"/> (and finished seeding).</summary>
    private Task<BoardSnapshot> WhenGenerationAsync(long generation)
    {
        if (!_computing && generation <= _generation) return Task.FromResult(Snapshot());
        var done = new TaskCompletionSource<BoardSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiters.Add((generation, done));
        _targetGeneration = Math.Max(_targetGeneration, generation);
        if (!_computing && !_awaitingPods) Advance();
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
        _activeRegions.Clear();
        _nextRegions.Clear();
        _computing = false;
        _generation = 0;
        _targetGeneration = 0;
        _tick = null;
    }
}
