namespace OrleansLife.Grains.Cells;

/// <summary>
/// What a cell's decision (or seeding) changed: its state before and after, its own <see cref="Stamp"/> (whether it
/// still has anything to remember), and the stamps its neighbours answered with when it told them, in the order
/// <see cref="Boards.BoardGeometry.Neighbours"/> lists them. The cells whose latest stamp says they may change are the only
/// ones whose next decision can differ from their last.
/// </summary>
[GenerateSerializer, Immutable, Alias("cell-outcome")]
public readonly record struct CellOutcome(
    [property: Id(0)] bool WasAlive,
    [property: Id(1)] bool IsAlive,
    [property: Id(2)] long Self,
    [property: Id(3)] long[]? Neighbours)
{
    public bool Changed => WasAlive != IsAlive;
}
