namespace OrleansLife.Grains.Placement;

/// <summary>
/// Places a cell or region grain by its board and its tile, so that a tile's cells and its region share a silo and
/// most neighbour messages stay inside one: only cells at a tile's edge talk to another silo.
/// </summary>
[Serializable, GenerateSerializer, Immutable, SuppressReferenceTracking, Alias("tile-placement")]
public sealed class TilePlacementStrategy : PlacementStrategy
{
    internal static TilePlacementStrategy Instance { get; } = new();
}
