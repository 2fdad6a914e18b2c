using Orleans.Placement;

namespace OrleansLife.Grains.Placement;

/// <summary>Marks a board grain for <see cref="BoardPlacementStrategy"/>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class BoardPlacementAttribute() : PlacementAttribute(BoardPlacementStrategy.Instance);
