using OrleansLife.Grains.Cells;

namespace OrleansLife.Grains.Tests.Boards.Pods;

/// <summary>One generation a board declared to its pods.</summary>
/// <param name="Generation">The generation.</param>
/// <param name="Live">Its live cells, in reading order.</param>
/// <param name="OwnerUid">The owner the pods would carry.</param>
public sealed record PodDeclaration(long Generation, Coordinate[] Live, string? OwnerUid);
