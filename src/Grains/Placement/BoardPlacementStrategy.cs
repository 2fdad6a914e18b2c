namespace OrleansLife.Grains.Placement;

/// <summary>Places a board grain on its home silo (<see cref="IBoardHome"/>), else on the silo that asked for it.</summary>
[Serializable, GenerateSerializer, Immutable, SuppressReferenceTracking, Alias("board-placement")]
public sealed class BoardPlacementStrategy : PlacementStrategy
{
    public static BoardPlacementStrategy Instance { get; } = new();
}
