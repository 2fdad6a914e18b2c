using OrleansLife.Runtime.Identity;

namespace OrleansLife.Grains.Cells;

/// <summary>
/// One cell of one board, keyed by its packed coordinates and its board's name. Counts the live neighbours that
/// announce themselves each generation and, when its board says so, decides whether it lives in the next.
/// </summary>
public interface ICellGrain : IGrainWithCompoundKey
{
    /// <summary>Makes the cell alive at <see cref="GenerationTick.Generation"/>, as part of a board's starting pattern.</summary>
    void Seed(GenerationTick tick);

    /// <summary>A live neighbour exists in <paramref name="generation"/>; <paramref name="epoch"/> identifies the board's incarnation.</summary>
    void AddNeighbour(long generation, long epoch);

    /// <summary>Decides the cell's state in generation <c>tick.Generation + 1</c> from the neighbours counted for <c>tick.Generation</c>.</summary>
    void Decide(GenerationTick tick);

    /// <summary>
    /// The cell has no live neighbour any more, as far as its board knows: unless a neighbour has announced itself
    /// since, it has nothing to remember and deactivates. This keeps the board sparse: only live cells and their
    /// neighbours have activations.
    /// </summary>
    void Retire(long epoch);

    /// <summary>Whether the cell is alive (for tests and diagnostics).</summary>
    Task<bool> IsAliveAsync();
}
