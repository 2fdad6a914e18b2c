using OrleansLife.Grains.Rules;

namespace OrleansLife.Grains.Cells;

/// <summary>
/// A cell's birth (+1) or death (-1), told to each of its neighbours; it counts from <see cref="Generation"/> on. One
/// object for all eight neighbours: Orleans boxes every value-type argument of a call twice (looking for cancellation
/// tokens, on sending and on receiving), so four scalar arguments cost six small objects per message, this one none.
/// </summary>
/// <param name="Epoch">The board incarnation the change belongs to.</param>
/// <param name="Generation">The generation the changed state counts from.</param>
/// <param name="Delta">+1 for a birth, -1 for a death.</param>
/// <param name="Rule">The board's rule, by which the neighbour tells whether its next decision would flip it.</param>
[GenerateSerializer, Immutable, Alias("neighbour-change")]
public sealed record NeighbourChange(
    [property: Id(0)] long Epoch,
    [property: Id(1)] long Generation,
    [property: Id(2)] int Delta,
    [property: Id(3)] LifeRule Rule);
