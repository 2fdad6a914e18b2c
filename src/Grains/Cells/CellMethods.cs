using OrleansLife.Runtime.Identity;
using OrleansLife.Runtime.Messaging;

namespace OrleansLife.Grains.Cells;

/// <summary>
/// The messages of <see cref="ICellGrain"/>: shared by its reference class and by the grains that message cells by
/// id on the hot path (a cell announcing itself, a board asking its frontier to decide).
/// </summary>
internal static class CellMethods
{
    public const string GrainTypeName = "cell";

    public static readonly GrainType GrainType = new(GrainTypeName);

    public static readonly OneWayMethod<ICellGrain, GenerationTick> Seed =
        new("cell.seed", static (cell, tick) => { cell.Seed(tick); return default; });

    public static readonly OneWayMethod<ICellGrain> AddNeighbour =
        new("cell.add-neighbour", static (cell, generation, epoch) => cell.AddNeighbour(generation, epoch));

    public static readonly OneWayMethod<ICellGrain, GenerationTick> Decide =
        new("cell.decide", static (cell, tick) => { cell.Decide(tick); return default; });

    public static readonly OneWayMethod<ICellGrain> Retire =
        new("cell.retire", static (cell, epoch, _) => cell.Retire(epoch));

    public static readonly CallMethod<ICellGrain, Unit, bool> IsAlive =
        new("cell.is-alive", static (cell, _) => cell.IsAliveAsync());

    /// <summary>Every message of a cell, for codecs that must find a method by its name.</summary>
    public static readonly GrainMethod[] All = [Seed, AddNeighbour, Decide, Retire, IsAlive];

    public static GrainId Id(Coordinate cell, string board) => new(GrainType, GrainKey.Compound(CellKey.Pack(cell), board));
}
