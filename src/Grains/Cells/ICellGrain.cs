using Orleans.Concurrency;
using OrleansLife.Grains.Rules;

namespace OrleansLife.Grains.Cells;

/// <summary>
/// One cell of one board, keyed by its packed coordinates and its board's name. It keeps how many of its neighbours
/// are alive, told +1 and -1 by the neighbours themselves as they are born and die, and decides its own next state
/// when its region asks.
/// </summary>
[Alias("cell")]
public interface ICellGrain : IGrainWithIntegerCompoundKey
{
    /// <summary>
    /// Makes the cell alive at <c>tick.Generation</c>, as part of a board's starting cells, and tells its neighbours;
    /// completes once they all know.
    /// </summary>
    [Alias("seed")]
    Task<CellOutcome> SeedAsync(CellTick tick);

    /// <summary>
    /// A neighbour was born or died (<paramref name="change"/>). Returns a <see cref="Stamp"/> saying whether this cell's
    /// next decision under the change's rule would change its state, by what it has been told so far.
    /// </summary>
    /// <remarks>
    /// Interleaves: a cell deciding awaits its neighbours' acknowledgements, and two neighbours deciding at once would
    /// otherwise each wait for the other. It only adds to a counter, so running between the awaits of a decision is safe.
    /// A value task: the grain answers at once, and the sender awaits its eight answers without a task object for each.
    /// Its alias is new with its one-object signature, so a silo of the four-argument version fails such a call plainly
    /// instead of misreading it.
    /// </remarks>
    [Alias("add-neighbour-change"), AlwaysInterleave]
    ValueTask<long> AddNeighbourAsync(NeighbourChange change);

    /// <summary>
    /// Decides the cell's state at <c>tick.Generation + 1</c> from its state and its live neighbours at
    /// <c>tick.Generation</c>, and, if it changed, tells its neighbours; completes once they all know.
    /// </summary>
    [Alias("decide")]
    Task<CellOutcome> DecideAsync(CellTick tick);

    /// <summary>Its board is gone: the cell deactivates unless a newer incarnation of the board has spoken to it since <paramref name="epoch"/>.</summary>
    [Alias("retire"), OneWay]
    Task RetireAsync(long epoch);

    /// <summary>Whether the cell is alive (for tests and diagnostics).</summary>
    [Alias("is-alive")]
    Task<bool> IsAliveAsync();

}
