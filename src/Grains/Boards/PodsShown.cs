namespace OrleansLife.Grains.Boards;

/// <summary>The outcome of a lockstep board's wait for the pods of <see cref="Generation"/>.</summary>
/// <param name="Epoch">The board incarnation that waited.</param>
/// <param name="Generation">The generation whose pods were waited for.</param>
/// <param name="InTime">False when the wait timed out.</param>
public sealed record PodsShown(long Epoch, long Generation, bool InTime);
