using OrleansLife.Grains.Boards.Pods;

namespace OrleansLife.Api.Boards;

/// <summary>One cell of a board: whether it is alive now, and its pod.</summary>
/// <param name="X">Column.</param>
/// <param name="Y">Row.</param>
/// <param name="Alive">Whether the cell is alive in the board's latest generation.</param>
/// <param name="Pod">Its pod's name and phase; null when it has none (a dead cell, or no Kubernetes).</param>
public sealed record CellResponse(int X, int Y, bool Alive, CellPod? Pod);
