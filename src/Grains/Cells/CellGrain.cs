using Orleans.Concurrency;
using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Placement;
using OrleansLife.Grains.Rules;

namespace OrleansLife.Grains.Cells;

/// <summary>
/// A cell: alive or dead, and how many of its neighbours are alive. The count persists from generation to generation
/// and changes only when a neighbour is born or dies, so a board whose cells do not change sends no message at all.
/// </summary>
/// <remarks>
/// <para>
/// Counts are tagged with the generation they count from. During the round that decides generation g, a neighbour
/// that has already decided may tell this cell about its birth at g+1 before this cell has decided g: that change is
/// held apart until this cell has decided. Every change of a round is acknowledged before the round ends, so no change
/// for generation g or earlier can arrive once the round deciding g has begun.
/// </para>
/// <para>
/// A cell with nothing to remember (dead, no live neighbour, no decision due) is left to Orleans' idle collection
/// rather than deactivated at once: cells around a moving pattern empty and fill again within a few generations, and
/// an activation costs far more than a cell kept a little longer. Every other cell is kept from collection, because
/// its state exists nowhere else.
/// </para>
/// </remarks>
[TilePlacement, GrainType(GrainTypeName)]
public sealed class CellGrain : Grain, ICellGrain
{
    /// <summary>The grain type's name, as placement sees it.</summary>
    public const string GrainTypeName = "cell";

    // The board incarnation this cell's state belongs to; 0 is none (a fresh activation).
    private long _epoch;
    private bool _alive;
    // Live neighbours as of every generation up to the last one settled.
    private int _count;
    // Changes not yet settled, by the parity of the generation they count from: at most two generations are open.
    private PendingCount _pendingEven;
    private PendingCount _pendingOdd;
    // The generation of the newest change this cell answered for, and whether its answer said it may change at its next
    // decision: the last such word of a round is what its region goes by.
    private long _toldGeneration = -1;
    private bool _toldMayChange;
    // The newest generation this cell must decide (its last word of a round said it may change), and the newest it has
    // decided: while the first is ahead, its region will ask it, so it must not be collected even if it is empty now.
    private long _decisionDue = -1;
    private long _decided = -1;
    private bool _kept;
    // The cell's place and board, decoded from its key once: decoding makes a new string each time, and every birth or
    // death needs both. Null until the first.
    private string? _board;
    private Coordinate _self;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Orleans 10.4.2 runs a new activation's first turn inside a lock on the activation (ActivationData.Start).
        // This grain's first turn calls other new activations whose first turns call it back, and each would wait for
        // the other's lock: yielding here lets Start return, so the first turn runs outside the lock.
        await Task.Yield();
    }

    public Task<CellOutcome> SeedAsync(CellTick tick)
    {
        if (tick.Epoch < _epoch) return Task.FromResult(default(CellOutcome));
        Join(tick.Epoch);
        var wasAlive = _alive;
        _alive = true;
        KeepWhileNeeded();
        return wasAlive ? Task.FromResult(new CellOutcome(true, true, Stamp.Make(MayChange(tick.Rule)), null)) : TellNeighboursAsync(tick, tick.Generation, +1, wasAlive);
    }

    public ValueTask<long> AddNeighbourAsync(NeighbourChange change)
    {
        if (change.Epoch < _epoch) return new(0L); // a straggler from an incarnation the board has left behind
        if (change.Epoch > _epoch)
        {
            // A death reported to a cell that never heard of this board means the cell lost what it knew (its silo died):
            // the dead neighbour was alive, so this cell counted it and had to be active.
            if (_epoch == 0 && change.Delta < 0) throw new CellStateLostException(this.GetPrimaryKeyLong(out _), change.Generation);
            Join(change.Epoch);
        }
        Settle(change.Generation - 1);
        ref var pending = ref Pending(change.Generation);
        pending.Generation = change.Generation;
        pending.Delta += change.Delta;
        var word = Tell(change.Generation, MayChange(change.Rule));
        KeepWhileNeeded();
        return new(word);
    }

    public Task<CellOutcome> DecideAsync(CellTick tick)
    {
        // Every cell asked to decide has heard from this board: a stranger here has lost its state.
        if (tick.Epoch != _epoch) throw new CellStateLostException(this.GetPrimaryKeyLong(out _), tick.Generation);
        Settle(tick.Generation);
        _decided = Math.Max(_decided, tick.Generation);
        var wasAlive = _alive;
        _alive = tick.Rule.Next(wasAlive, _count);
        if (_alive == wasAlive)
        {
            KeepWhileNeeded();
            return Task.FromResult(new CellOutcome(wasAlive, wasAlive, Stamp.Make(MayChange(tick.Rule)), null));
        }
        return TellNeighboursAsync(tick, tick.Generation + 1, _alive ? +1 : -1, wasAlive);
    }

    public Task RetireAsync(long epoch)
    {
        // A cell touched by a newer incarnation of the board stays.
        if (epoch >= _epoch) DeactivateOnIdle();
        return Task.CompletedTask;
    }

    public Task<bool> IsAliveAsync() => Task.FromResult(_alive);


    private bool IsOccupied => _alive || _count + _pendingEven.Delta + _pendingOdd.Delta != 0;

    /// <summary>
    /// Whether this cell's next decision would change its state, by its count with every change told so far. Within a
    /// round every change told counts from the generation it decides next, so the last word of a round is exact: a
    /// cell that said no is not asked, which spares a decision (and its message) for most cells a change touched.
    /// </summary>
    private bool MayChange(LifeRule rule) => rule.Next(_alive, _count + _pendingEven.Delta + _pendingOdd.Delta) != _alive;

    /// <summary>Records this cell's word for the changes counting from <paramref name="generation"/>, and stamps it.</summary>
    private long Tell(long generation, bool mayChange)
    {
        // The first word of a new round closes the round before: if this cell's last word then said it may change, its
        // region asks it to decide that generation, even if a later change leaves it empty.
        if (generation > _toldGeneration && _toldMayChange) _decisionDue = Math.Max(_decisionDue, _toldGeneration);
        _toldGeneration = generation;
        _toldMayChange = mayChange;
        return Stamp.Make(mayChange);
    }

    /// <summary>Keeps the activation from idle collection exactly while it holds state or owes a decision.</summary>
    private void KeepWhileNeeded()
    {
        var needed = IsOccupied || _decisionDue > _decided;
        if (needed == _kept) return;
        _kept = needed;
        DelayDeactivation(needed ? TimeSpan.MaxValue : TimeSpan.Zero);
    }

    /// <summary>Tells every neighbour about this cell's birth or death, and waits until each has counted it.</summary>
    private async Task<CellOutcome> TellNeighboursAsync(CellTick tick, long generation, int delta, bool wasAlive)
    {
        var answers = SendToNeighbours(tick, new NeighbourChange(tick.Epoch, generation, delta, tick.Rule));
        // All are sent before the first is awaited; by the time the first answers, most others usually have.
        var stamps = new long[answers.Length];
        for (var i = 0; i < answers.Length; i++) stamps[i] = await answers[i];
        // Its own word comes after every answer it waited for, so its region goes by it unless a later change says otherwise.
        var word = Tell(generation, MayChange(tick.Rule));
        KeepWhileNeeded();
        return new CellOutcome(wasAlive, _alive, word, stamps);
    }

    /// <summary>Sends <paramref name="change"/> to every neighbour, in the order <see cref="BoardGeometry.Neighbours"/> lists them.</summary>
    private ValueTask<long>[] SendToNeighbours(CellTick tick, NeighbourChange change)
    {
        if (_board is null) _self = CellKey.Unpack(this.GetPrimaryKeyLong(out _board));
        var board = _board ?? "";
        Span<Coordinate> around = stackalloc Coordinate[8];
        var count = tick.Geometry.Neighbours(_self, around);
        var answers = new ValueTask<long>[count];
        // Kept to be awaited once each by the caller: all eight are in flight before the first is awaited.
#pragma warning disable CA2012
        for (var i = 0; i < count; i++) answers[i] = GrainFactory.Cell(board, around[i]).AddNeighbourAsync(change);
#pragma warning restore CA2012
        return answers;
    }

    /// <summary>A message from a new incarnation of the board wipes what an earlier one left here.</summary>
    private void Join(long epoch)
    {
        if (epoch == _epoch) return;
        _epoch = epoch;
        _alive = false;
        _count = 0;
        _pendingEven = _pendingOdd = default;
        _decisionDue = _decided = _toldGeneration = -1;
        _toldMayChange = false;
    }

    /// <summary>Folds the changes counting from <paramref name="generation"/> or earlier into the settled count.</summary>
    private void Settle(long generation)
    {
        Settle(ref _pendingEven, generation);
        Settle(ref _pendingOdd, generation);
    }

    private void Settle(ref PendingCount pending, long generation)
    {
        if (pending.Delta == 0 || pending.Generation > generation) return;
        _count += pending.Delta;
        pending = default;
    }


    private ref PendingCount Pending(long generation) => ref (generation & 1) == 0 ? ref _pendingEven : ref _pendingOdd;

    private struct PendingCount
    {
        public long Generation;
        public int Delta;
    }
}
