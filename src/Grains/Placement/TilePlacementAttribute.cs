using Orleans.Placement;

namespace OrleansLife.Grains.Placement;

/// <summary>Marks a grain keyed by tile or cell coordinates and board name for <see cref="TilePlacementStrategy"/>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class TilePlacementAttribute() : PlacementAttribute(TilePlacementStrategy.Instance);
