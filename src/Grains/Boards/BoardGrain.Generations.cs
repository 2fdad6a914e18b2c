using OrleansLife.Grains.Cells;

namespace OrleansLife.Grains.Boards;

public sealed partial class BoardGrain
{
    private readonly HashSet<Coordinate> _live = [];
    // The cells asked to decide this round and last round: a cell that is no longer a candidate gets retired.
    private HashSet<Coordinate> _candidates = [];
    private HashSet<Coordinate> _previousCandidates = [];
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
        BeginRound(_candidates.Count);
        var tick = TickFor(_generation);
        foreach (var cell in _candidates) SendOneWay(CellMethods.Id(cell, tick.Board), CellMethods.Decide, tick);
        if (_candidates.Count == 0) CompleteRound();
    }

    /// <summary>
    /// Works out the next round's candidates, the frontier of the live cells, as soon as a generation is complete,
    /// and retires the cells that left it: so between generations only live cells and their neighbours are active.
    /// </summary>
    private void FindCandidates()
    {
        var geometry = _definition!.Geometry;
        (_previousCandidates, _candidates) = (_candidates, _previousCandidates);
        _candidates.Clear();
        Span<Coordinate> around = stackalloc Coordinate[8];
        foreach (var cell in _live)
        {
            AddCandidate(cell);
            var count = geometry.Neighbours(cell, around);
            for (var i = 0; i < count; i++) AddCandidate(around[i]);
        }
        foreach (var cell in _previousCandidates) SendOneWay(CellMethods.Id(cell, _definition.Name), CellMethods.Retire, _epoch);
        _previousCandidates.Clear();
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
        foreach (var cell in _births) _live.Add(cell);
        foreach (var cell in _deaths) _live.Remove(cell);
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
        FindCandidates();
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

    private void AddCandidate(Coordinate cell)
    {
        if (_candidates.Add(cell)) _previousCandidates.Remove(cell);
    }

    private void ResetGenerations()
    {
        _live.Clear();
        _candidates.Clear();
        _previousCandidates.Clear();
        _computing = false;
        _generation = 0;
        _targetGeneration = 0;
        _tick = null;
    }
}
