using System.Runtime.CompilerServices;

namespace OrleansLife.Grains.Cells;

/// <summary>
/// Makes references to cell grains from their grain id. <c>GetGrain&lt;ICellGrain&gt;(key, board)</c> resolves the
/// interface's Orleans type by reflection on every call (Orleans 10.4.2 does not cache it): a quarter of the CPU of a
/// busy board went there, so the interface type is resolved once and reused.
/// </summary>
public static class CellReferences
{
    private static readonly GrainType s_cellType = GrainType.Create(CellGrain.GrainTypeName);
    // Set once, from the first reference made the ordinary way; a box so that readers see all of it or nothing.
    private static StrongBox<GrainInterfaceType>? s_interface;

    /// <summary>The cell of <paramref name="board"/> at <paramref name="cell"/>.</summary>
    public static ICellGrain Cell(this IGrainFactory grains, string board, Coordinate cell)
    {
        ArgumentNullException.ThrowIfNull(grains);
        if (s_interface is not { } known)
        {
            var reference = grains.GetGrain<ICellGrain>(CellKey.Pack(cell), board);
            s_interface = new StrongBox<GrainInterfaceType>(((GrainReference)reference).InterfaceType);
            return reference;
        }
        var id = GrainId.Create(s_cellType, GrainIdKeyExtensions.CreateIntegerKey(CellKey.Pack(cell), board));
        return (ICellGrain)grains.GetGrain(id, known.Value);
    }
}
