using System.Runtime.InteropServices;
using OrleansLife.Grains.Cells;
using OrleansLife.Grains.Clustering;
using OrleansLife.Grains.Regions;

namespace OrleansLife.Grains.Boards;

// The pump: one loop per board that seeds its cells, then computes generations while there is reason to, one round
// at a time. Everything that wants a generation (the timer, a step, a resume) raises the target and wakes the pump.
public sealed partial class BoardGrain
{
    private readonly HashSet<Coordinate> _live = [];
    private readonly List<(long Generation, TaskCompletionSource<BoardSnapshot> Done)> _waiters = [];
    // The regions that kept candidates for the next round, and what other regions' rounds touched in each region's tile.
    private readonly Dictionary<long, List<CellTouch>> _touches = [];
    private readonly HashSet<long> _regionsWithState = [];
    private Task? _pump;
    private long _epoch;
    private long _generation;
    private long _targetGeneration;
    private int _lastBirths;
    private int _lastDeaths;
    // The cells must be (re)built from _live at _generation before the next round: at the start, and after a loss.
    private bool _mustSeed;
    // A round is computing generation _generation + 1.
    private bool _inRound;
    private int _rebuilds;

    /// <summary>Sets the board at <paramref name="generation"/> with <paramref name="cells"/> alive; the pump builds the cells.</summary>
    private void StartFrom(Coordinate[] cells, long generation)
    {
        _live.Clear();
        _live.UnionWith(cells);
        _generation = _targetGeneration = generation;
        _mustSeed = true;
        Pump();
    }

    private Task OnTickAsync()
    {
        if (_definition is not null && _state == BoardState.Running && _pump is null)
        {
            _targetGeneration = Math.Max(_targetGeneration, _generation + 1);
            Pump();
        }
        return Task.CompletedTask;
    }

    /// <summary>Starts the pump unless it runs already.</summary>
    private void Pump() => _pump ??= PumpAsync();

    private bool WantsGeneration() => _definition is { } definition
        && (_targetGeneration > _generation || (_state == BoardState.Running && definition.TickMilliseconds == 0 && !ReachedMax(definition)));

    private async Task PumpAsync()
    {
        // Let the caller's turn finish first: the pump is not part of any request.
        await Task.Yield();
        var failures = 0;
        while (_definition is { } definition && (_mustSeed || WantsGeneration()))
        {
            var epoch = _epoch;
            var lossesBefore = losses.Count;
            try
            {
                if (_mustSeed)
                {
                    await SeedCellsAsync(definition);
                    // The pods of the starting generation come first too, in lockstep.
                    if (_declared) await WaitForPodsAsync(definition);
                }
                else await RoundAsync(definition, lossesBefore);
                failures = 0;
            }
            catch (Exception error)
            {
                _inRound = false;
                // The board was deleted or re-created meanwhile: what failed belonged to the incarnation before.
                if (_definition is null || epoch != _epoch) continue;
                failures++;
                if (!_mustSeed) _rebuilds++;
                _mustSeed = true;
                _message = $"Generation {_generation + 1} failed ({error.Message}); rebuilding the cells from generation {_generation}.";
                LogRoundFailed(definition.Name, _generation + 1, failures, error);
                await Task.Delay(RetryDelay(failures), time);
            }
        }
        _pump = null;
        CompleteWaiters();
    }

    private static async Task<RegionOutcome[]> YieldedNothingAsync()
    {
        await Task.Yield();
        return [];
    }

    private static TimeSpan RetryDelay(int failures) => TimeSpan.FromMilliseconds(Math.Min(2_000, 50 << Math.Min(failures, 6)));

    /// <summary>
    /// Makes exactly the live cells alive at the current generation, under a new epoch that makes every cell and
    /// region drop what an earlier incarnation (or a failed round) left there.
    /// </summary>
    private async Task SeedCellsAsync(BoardDefinition definition)
    {
        var previous = _epoch;
        // Increasing, so that a straggler from an earlier incarnation can never overwrite a newer one's state.
        _epoch = Math.Max(time.GetUtcNow().UtcTicks, previous + 1);
        foreach (var region in _regionsWithState.Union(_touches.Keys)) _ = Region(definition, region).ClearAsync(previous);
        _regionsWithState.Clear();
        _touches.Clear();

        var tick = new CellTick(_epoch, _generation, definition.Geometry, definition.Rule);
        var tiles = _live.GroupBy(RegionKey.Of).ToArray();
        var outcomes = await RegionWindow.AskAsync(tiles.Length, i => Region(definition, tiles[i].Key).SeedAsync(new RegionSeed(tick, [.. tiles[i]])));
        if (tick.Epoch != _epoch) return;
        Absorb(outcomes);
        _mustSeed = false;
        if (_message?.StartsWith($"Generation {_generation + 1} failed", StringComparison.Ordinal) == true) _message = null;
        CompleteWaiters();
    }

    /// <summary>Computes the next generation: every region with candidates decides, then the births and deaths apply at once.</summary>
    private async Task RoundAsync(BoardDefinition definition, long lossesBefore)
    {
        _inRound = true;
        var tick = new CellTick(_epoch, _generation, definition.Geometry, definition.Rule);
        var regions = _regionsWithState.Union(_touches.Keys).ToArray();
        // Made before any is asked: a region asked later still gets this round's touches.
        var rounds = new RegionRound[regions.Length];
        for (var i = 0; i < regions.Length; i++)
        {
            var touches = _touches.TryGetValue(regions[i], out var list) ? list.ToArray() : [];
            rounds[i] = new RegionRound(tick, touches, _regionsWithState.Contains(regions[i]));
        }
        // A round with no region to ask completes at once; yield, so that a flat-out empty board still lets others in.
        var outcomes = regions.Length > 0
            ? await RegionWindow.AskAsync(regions.Length, i => Region(definition, regions[i]).DecideAsync(rounds[i]))
            : await YieldedNothingAsync();
        _inRound = false;
        if (tick.Epoch != _epoch || _definition is null) return;
        // A silo lost during the round may have taken cells with it that the round then met as new activations.
        if (losses.Count != lossesBefore) throw new SiloLostException(definition.Name, _generation + 1);

        var births = outcomes.SelectMany(outcome => outcome.Births).ToArray();
        var deaths = outcomes.SelectMany(outcome => outcome.Deaths).ToArray();
        _live.UnionWith(births);
        _live.ExceptWith(deaths);
        Absorb(outcomes);
        _generation++;
        _lastBirths = births.Length;
        _lastDeaths = deaths.Length;
        metrics.RecordGeneration(definition.Name, births.Length, deaths.Length);
        if (_watchers.Count > 0)
            await _watchers.Notify(watcher => watcher.OnGenerationAsync(new GenerationRecord(definition.Name, _generation, _live.Count, births, deaths)));

        if (_state == BoardState.Running && ReachedMax(definition))
        {
            _state = BoardState.Completed;
            UpdateTicker();
        }
        ShowInPods();
        CompleteWaiters();
        if (_declared) await WaitForPodsAsync(definition);
    }

    /// <summary>Remembers which regions decide next round, and forwards what each region's round touched in other tiles.</summary>
    private void Absorb(RegionOutcome[] outcomes)
    {
        _regionsWithState.Clear();
        _touches.Clear();
        foreach (var outcome in outcomes)
        {
            if (outcome.Candidates > 0) _regionsWithState.Add(outcome.Region);
            foreach (var touch in outcome.EdgeTouches)
            {
                ref var touches = ref CollectionsMarshal.GetValueRefOrAddDefault(_touches, RegionKey.Of(touch.Cell), out _);
                (touches ??= []).Add(touch);
            }
        }
    }

    /// <summary>Retires every cell of a deleted board: its live cells and their neighbours are all it has activated.</summary>
    private void RetireCells(BoardDefinition definition)
    {
        Span<Coordinate> around = stackalloc Coordinate[8];
        var cells = new HashSet<Coordinate>(_live);
        foreach (var cell in _live)
        {
            var count = definition.Geometry.Neighbours(cell, around);
            for (var i = 0; i < count; i++) cells.Add(around[i]);
        }
        foreach (var cell in cells) _ = GrainFactory.Cell(definition.Name, cell).RetireAsync(_epoch);
        foreach (var region in _regionsWithState.Union(_touches.Keys)) _ = Region(definition, region).ClearAsync(_epoch);
    }

    private IRegionGrain Region(BoardDefinition definition, long region) => GrainFactory.GetGrain<IRegionGrain>(region, definition.Name);

    /// <summary>The board once it has reached <paramref name="generation"/>, or as it is after <paramref name="wait"/>.</summary>
    private async Task<BoardSnapshot> WhenGenerationAsync(long generation, TimeSpan wait, bool advance = true)
    {
        if (IsSettledAt(generation)) return Snapshot();
        var done = new TaskCompletionSource<BoardSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiters.Add((generation, done));
        if (advance)
        {
            _targetGeneration = Math.Max(_targetGeneration, generation);
            Pump();
        }
        await Task.WhenAny(done.Task, Task.Delay(wait, time));
        if (done.Task.IsCompleted) return await done.Task;
        _waiters.RemoveAll(waiter => waiter.Done == done);
        return Snapshot();
    }

    /// <summary>Whether the board has reached <paramref name="generation"/>, and is not computing it (or the one after) now.</summary>
    private bool IsSettledAt(long generation) => !_mustSeed && (generation < _generation || generation == _generation && !_inRound);

    private void CompleteWaiters()
    {
        if (_waiters.Count == 0 || _definition is null) return;
        // A step waits for one generation of many: the board is copied only for the rounds that settle a waiter.
        BoardSnapshot? snapshot = null;
        _waiters.RemoveAll(waiter => IsSettledAt(waiter.Generation) && waiter.Done.TrySetResult(snapshot ??= Snapshot()));
    }

    private void FailWaiters(Exception error)
    {
        foreach (var (_, done) in _waiters) done.TrySetException(error);
        _waiters.Clear();
    }

    private void ResetGenerations()
    {
        _live.Clear();
        _regionsWithState.Clear();
        _touches.Clear();
        _generation = 0;
        _targetGeneration = 0;
        _mustSeed = false;
        _inRound = false;
    }
}
