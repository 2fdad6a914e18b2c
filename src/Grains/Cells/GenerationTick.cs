using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Rules;
using OrleansLife.Runtime.References;

namespace OrleansLife.Grains.Cells;

/// <summary>
/// A board's instruction for one generation, shared by all of its cells: one object per generation rather than one
/// per message. <see cref="Epoch"/> tells a board apart from an earlier board of the same name.
/// </summary>
public sealed record GenerationTick(string Board, long Epoch, long Generation, BoardGeometry Geometry, LifeRule Rule)
{
    private IBoardGrain? _boardGrain;

    /// <summary>The board to report to, resolved once per tick rather than once per cell.</summary>
    public IBoardGrain BoardGrain(IGrainFactory grains) => _boardGrain ??= grains.GetGrain<IBoardGrain>(Board);
}
