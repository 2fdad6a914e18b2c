using OrleansLife.Grains.Cells;
using OrleansLife.Grains.Regions;
using OrleansLife.Runtime.Activations;

namespace OrleansLife.Grains.Boards;

/// <summary>
/// Drives one board. Each generation it asks its regions to have every cell that could change (the live cells and
/// their neighbours) decide, waits until every region has reported, then applies the births and deaths as one step:
/// the barrier that keeps generations apart.
/// </summary>
public sealed partial class BoardGrain(BoardEventHub events) : Grain(MailboxKind.Concurrent), IBoardGrain
{
    private BoardDefinition? _definition;
    private long _epoch;
    private DateTimeOffset _createdAt;
    private BoardState _state;
    private IDisposable? _ticker;

    public Task<BoardSnapshot> CreateAsync(BoardDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (_definition is not null) throw new BoardAlreadyExistsException(definition.Name);
        if (definition.Name != GetPrimaryKeyString())
            throw new ArgumentException($"Board '{GetPrimaryKeyString()}' cannot be created as '{definition.Name}'.", nameof(definition));

        // Duplicates would seed a cell twice and announce it twice; cells off a bounded or toroidal board cannot live.
        var cells = definition.InitialCells.Where(definition.Geometry.Contains).Distinct().ToArray();
        _definition = definition with { InitialCells = cells };
        // A board exists only in this activation: it must not be collected for being left alone.
        KeepAlive = true;
        // Never zero, so that a fresh cell activation (epoch 0) always joins the board that speaks to it.
        _epoch = Random.Shared.NextInt64(1, long.MaxValue);
        _createdAt = TimeProvider.GetUtcNow();
        _state = definition.StartPaused ? BoardState.Paused : BoardState.Running;
        Seed(cells, generation: 0);
        UpdateTicker();
        return WhenGenerationAsync(0);
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
        UpdateTicker();
        if (_state == BoardState.Running && definition.TickMilliseconds == 0 && !_computing) Advance();
        return Task.FromResult(Snapshot());
    }

    public Task DeleteAsync()
    {
        var definition = Existing();
        _ticker?.Dispose();
        _ticker = null;
        FailWaiters(new BoardNotFoundException(definition.Name));
        events.Complete(definition.Name);
        // The regions with a frontier know every cell this board has activated, and retire them all. A cell that misses
        // this (a message still in flight) is wiped anyway by the new epoch of a later board of the same name.
        foreach (var region in _activeRegions.Union(_nextRegions)) SendOneWay(RegionMethods.Id(region, definition.Name), RegionMethods.Clear, 0);
        _definition = null;
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
            _state, definition.TickMilliseconds, definition.MaxGenerations, _lastBirths, _lastDeaths, _createdAt, cells);
    }
}
