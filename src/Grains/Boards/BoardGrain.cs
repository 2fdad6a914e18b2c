using OrleansLife.Grains.Boards.Pods;
using OrleansLife.Grains.Cells;
using OrleansLife.Grains.Regions;
using OrleansLife.Runtime.Activations;

namespace OrleansLife.Grains.Boards;

/// <summary>
/// Drives one board. Each generation it asks its regions to have every cell that could change (the live cells and
/// their neighbours) decide, waits until every region has reported, then applies the births and deaths as one step:
/// the barrier that keeps generations apart. Every generation it declares its live cells to its pods (<see cref="IBoardPods"/>).
/// </summary>
public sealed partial class BoardGrain(BoardEventHub events, IBoardPods pods) : Grain(MailboxKind.Concurrent), IBoardGrain
{
    private BoardDefinition? _definition;
    private long _epoch;
    private DateTimeOffset _createdAt;
    private BoardState _state;
    private IDisposable? _ticker;

    public Task<BoardSnapshot> CreateAsync(BoardDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (_definition is not null)
        {
            // The same object started twice (by the API and by the controller that watches objects) is one board.
            if (definition.ResourceUid is not null && definition.ResourceUid == _definition.ResourceUid) return WhenGenerationAsync(0);
            throw new BoardAlreadyExistsException(definition.Name);
        }
        if (definition.Name != GetPrimaryKeyString())
            throw new ArgumentException($"Board '{GetPrimaryKeyString()}' cannot be created as '{definition.Name}'.", nameof(definition));

        // Duplicates would seed a cell twice and announce it twice; cells off a bounded or toroidal board cannot live.
        var start = definition.ResumeFrom is { } checkpoint ? checkpoint.Cells : definition.InitialCells;
        var cells = start.Where(definition.Geometry.Contains).Distinct().ToArray();
        _definition = definition.ResumeFrom is null ? definition with { InitialCells = cells } : definition;
        // A board exists only in this activation: it must not be collected for being left alone.
        KeepAlive = true;
        // Never zero, so that a fresh cell activation (epoch 0) always joins the board that speaks to it.
        _epoch = Random.Shared.NextInt64(1, long.MaxValue);
        _createdAt = TimeProvider.GetUtcNow();
        var generation = definition.ResumeFrom?.Generation ?? 0;
        _state = definition.StartPaused ? BoardState.Paused : BoardState.Running;
        Seed(cells, generation);
        if (_state == BoardState.Running && ReachedMax(definition)) _state = BoardState.Completed;
        UpdateTicker();
        return WhenGenerationAsync(generation);
    }

    public Task<BoardSnapshot> GetAsync() => Task.FromResult(Snapshot());

    public Task<BoardSnapshot> StepAsync(int generations)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(generations);
        Existing();
        return WhenGenerationAsync(TargetAfter(generations));
    }

    public Task<BoardSnapshot> PauseAsync()
    {
        Existing();
        if (_state == BoardState.Running) _state = BoardState.Paused;
        UpdateTicker();
        return Task.FromResult(Snapshot());
    }

    public Task<BoardSnapshot> ResumeAsync()
    {
        var definition = Existing();
        _state = ReachedMax(definition) ? BoardState.Completed : BoardState.Running;
        _message = null;
        UpdateTicker();
        if (_state == BoardState.Running && definition.TickMilliseconds == 0 && !_computing && !_awaitingPods) Advance();
        return Task.FromResult(Snapshot());
    }

    public Task<BoardSnapshot> ReconfigureAsync(BoardSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var definition = _definition = settings.ApplyTo(Existing());
        // A board no longer in lockstep stops waiting; the outcome of the wait, when it comes, is then stale.
        if (definition.Pacing != PodPacing.Lockstep) _awaitingPods = false;
        if (_state == BoardState.Running && ReachedMax(definition)) _state = BoardState.Completed;
        else if (_state == BoardState.Completed && !ReachedMax(definition)) _state = BoardState.Running;
        // The timer runs at the tick it was made with: a new tick needs a new timer.
        _ticker?.Dispose();
        _ticker = null;
        UpdateTicker();
        var flatOut = _state == BoardState.Running && definition.TickMilliseconds == 0;
        if (flatOut && !_computing && !_awaitingPods) Advance();
        return Task.FromResult(Snapshot());
    }

    public Task DeleteAsync()
    {
        var definition = Existing();
        _ticker?.Dispose();
        _ticker = null;
        FailWaiters(new BoardNotFoundException(definition.Name));
        events.Complete(definition.Name);
        pods.Forget(definition.Name);
        // The regions with a frontier know every cell this board has activated, and retire them all. A cell that misses
        // this (a message still in flight) is wiped anyway by the new epoch of a later board of the same name.
        foreach (var region in _activeRegions.Union(_nextRegions)) SendOneWay(RegionMethods.Id(region, definition.Name), RegionMethods.Clear, 0);
        _definition = null;
        _message = null;
        _awaitingPods = false;
        KeepAlive = false;
        ResetGenerations();
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    private BoardDefinition Existing() => _definition ?? throw new BoardNotFoundException(GetPrimaryKeyString());

    private bool ReachedMax(BoardDefinition definition) => definition.MaxGenerations is { } max && _generation >= max;

    /// <summary>Runs the board's timer only while it is running with a tick; a 0 ms tick is driven by completions instead.</summary>
    private void UpdateTicker()
    {
        var wanted = _state == BoardState.Running && _definition is { TickMilliseconds: > 0 };
        if (!wanted)
        {
            _ticker?.Dispose();
            _ticker = null;
            return;
        }
        if (_ticker is not null) return;
        var period = TimeSpan.FromMilliseconds(_definition!.TickMilliseconds);
        _ticker = RegisterTimer(_ => { OnTick(); return Task.CompletedTask; }, period, period);
    }

    private BoardSnapshot Snapshot()
    {
        var definition = Existing();
        var cells = _live.ToArray();
        Array.Sort(cells, Coordinate.ReadingOrder);
        return new BoardSnapshot(definition.Name, _generation, cells.Length, definition.Geometry, definition.Rule.ToString(),
            _state, definition.TickMilliseconds, definition.MaxGenerations, _lastBirths, _lastDeaths, _createdAt, cells)
        {
            Pacing = definition.Pacing,
            WaitForRunning = definition.WaitForRunning,
            MaxPods = definition.MaxPods,
            Message = _message,
            Pods = pods.GetCounts(definition.Name),
            ResourceUid = definition.ResourceUid,
        };
    }
}
