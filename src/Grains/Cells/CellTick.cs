using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Rules;

namespace OrleansLife.Grains.Cells;

/// <summary>
/// A board's instruction for one generation, shared by all of its cells: one object per generation rather than one
/// per message. <see cref="Epoch"/> tells a board apart from an earlier incarnation of the same name.
/// </summary>
[GenerateSerializer, Immutable, Alias("cell-tick")]
public sealed record CellTick(
    [property: Id(0)] long Epoch,
    [property: Id(1)] long Generation,
    [property: Id(2)] BoardGeometry Geometry,
    [property: Id(3)] LifeRule Rule);
