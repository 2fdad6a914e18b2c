using OrleansLife.Grains.Cells;
using OrleansLife.Operator.Pods;

namespace OrleansLife.Operator.Reconciliation;

/// <summary>A board's declared generation, waiting for the reconciler's loop to act on it.</summary>
internal sealed record DesiredCells(long Generation, IReadOnlySet<Coordinate> Cells, BoardOwner? Owner, DateTimeOffset RequestedAt);
