using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using Orleans.Utilities;
using OrleansLife.Grains.Boards.Pods;
using OrleansLife.Grains.Cells;
using OrleansLife.Grains.Clustering;
using OrleansLife.Grains.Placement;

namespace OrleansLife.Grains.Boards;

/// <summary>
/// Drives one board. Each generation it asks its regions to have every cell that could change decide, waits until
/// every region has answered, then applies the births and deaths as one step: the barrier that keeps generations apart.
/// It keeps the live cells of its newest complete generation, so that cells lost with a silo can be rebuilt from them,
/// and declares them to its pods (<see cref="IBoardPods"/>) every generation.
/// </summary>
/// <remarks>
/// Reentrant: generations run in a loop of their own (the pump) that awaits the regions, and the board keeps answering
/// reads, pauses and steps meanwhile. Every turn still runs alone, so its state needs no locks.
/// </remarks>
[Reentrant, KeepAlive, BoardPlacement]
public sealed partial class BoardGrain(
    IBoardPods pods, ClusterLosses losses, BoardMetrics metrics, TimeProvider time, ILogger<BoardGrain> logger)
    : Grain, IBoardGrain
{
    private readonly ObserverManager<IBoardWatcher> _watchers = new(TimeSpan.FromMinutes(1), logger);
    private BoardDefinition? _definition;
    private DateTimeOffset _createdAt;
    private BoardState _state;
    private IGrainTimer? _ticker;

    public Task<BoardSnapshot> CreateAsync(BoardDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (_definition is not null)
        {
            // The same object started twice (by the API and by the controller that watches objects) is one board.
            if (definition.ResourceUid is not null && definition.ResourceUid == _definition.ResourceUid) return Task.FromResult(Snapshot());
            throw new BoardAlreadyExistsException(definition.Name);
        }
        if (definition.Name != this.GetPrimaryKeyString())
            throw new ArgumentException($"Board '{this.GetPrimaryKeyString()}' cannot be created as '{definition.Name}'.", nameof(definition));

        // Duplicates would seed a cell twice; cells off a bounded or toroidal board cannot live.
        var start = definition.ResumeFrom is { } checkpoint ? checkpoint.Cells : definition.InitialCells;
        var cells = start.Where(definition.Geometry.Contains).Distinct().ToArray();
        _definition = definition.ResumeFrom is null ? definition with { InitialCells = cells } : definition;
        _createdAt = time.GetUtcNow();
        _state = definition.StartPaused ? BoardState.Paused : BoardState.Running;
        StartFrom(cells, definition.ResumeFrom?.Generation ?? 0);
        if (_state == BoardState.Running && ReachedMax(definition)) _state = BoardState.Completed;
        ShowInPods();
        UpdateTicker();
        return Task.FromResult(Snapshot());
    }

    public Task<BoardSnapshot> GetAsync() => Task.FromResult(Snapshot());

    public async Task<StepProgress> StepAsync(int generations, TimeSpan wait)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(generations);
        Existing();
        var target = _generation + generations;
        return new StepProgress(await WhenGenerationAsync(target, wait), target);
    }

    public Task<BoardSnapshot> WaitForGenerationAsync(long generation, TimeSpan wait)
    {
        Existing();
        return WhenGenerationAsync(generation, wait, advance: false);
    }

    public Task<BoardSnapshot> PauseAsync()
    {
        Existing();
        if (_state == BoardState.Running) _state = BoardState.Paused;
        UpdateTicker();
        // A round under way still completes: answer with the generation the board has stopped at, not the one before it.
        return WhenGenerationAsync(_generation, PauseWait, advance: false);
    }

    // A round takes milliseconds; this only bounds the answer when the cells are slow to answer (a silo going).
    private static readonly TimeSpan PauseWait = TimeSpan.FromSeconds(10);

    public Task<BoardSnapshot> ResumeAsync()
    {
        var definition = Existing();
        _state = ReachedMax(definition) ? BoardState.Completed : BoardState.Running;
        _message = null;
        UpdateTicker();
        Pump();
        return Task.FromResult(Snapshot());
    }

    public Task<BoardSnapshot> ReconfigureAsync(BoardSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var definition = _definition = settings.ApplyTo(Existing());
        if (_state == BoardState.Running && ReachedMax(definition)) _state = BoardState.Completed;
        else if (_state == BoardState.Completed && !ReachedMax(definition)) _state = BoardState.Running;
        // The timer runs at the period it was made with: a new tick needs a new timer.
        _ticker?.Dispose();
        _ticker = null;
        UpdateTicker();
        Pump();
        return Task.FromResult(Snapshot());
    }

    public async Task DeleteAsync()
    {
        var definition = Existing();
        _ticker?.Dispose();
        _ticker = null;
        await _watchers.Notify(watcher => watcher.OnDeletedAsync(definition.Name));
        _watchers.Clear();
        pods.Forget(definition.Name);
        RetireCells(definition);
        _definition = null;
        _message = null;
        FailWaiters(new BoardNotFoundException(definition.Name));
        ResetGenerations();
        DeactivateOnIdle();
    }

    public Task WatchAsync(IBoardWatcher watcher)
    {
        // A watch may begin before its board is created, so as not to miss its first generations.
        _watchers.Subscribe(watcher, watcher);
        return Task.CompletedTask;
    }

    public Task UnwatchAsync(IBoardWatcher watcher)
    {
        _watchers.Unsubscribe(watcher);
        return Task.CompletedTask;
    }

    private BoardDefinition Existing()
    {
        if (_definition is { } definition) return definition;
        // Asked about a board that does not exist: this activation has nothing to keep, unless someone waits to watch it.
        if (_watchers.Count == 0) DeactivateOnIdle();
        throw new BoardNotFoundException(this.GetPrimaryKeyString());
    }

    private bool ReachedMax(BoardDefinition definition) => definition.MaxGenerations is { } max && _generation >= max;

    /// <summary>Runs the board's timer only while it is running with a tick; a 0 ms tick runs the pump flat out instead.</summary>
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
        _ticker = this.RegisterGrainTimer(OnTickAsync, new GrainTimerCreationOptions(period, period) { Interleave = true });
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
            Rebuilds = _rebuilds,
        };
    }
}
