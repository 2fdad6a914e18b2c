using OrleansLife.Grains.Cells;

namespace OrleansLife.Grains.Boards.Pods;

/// <summary>
/// Where a board shows its live cells outside the silo: one Kubernetes pod per live cell, when the silo runs with
/// Kubernetes. The seam between the game and the pod reconciler; <see cref="NoBoardPods"/> when there are no pods.
/// Every member is called from a board's turn, so none may wait for the API server.
/// </summary>
public interface IBoardPods
{
    /// <summary>Why <paramref name="count"/> pods for <paramref name="board"/> would pass a safety cap; null when they fit.</summary>
    string? CheckCap(string board, int count);

    /// <summary>
    /// Declares the live cells of <paramref name="board"/>'s <paramref name="generation"/>, without waiting: pods follow
    /// the newest declaration. Returns why the generation was refused (it would pass a cap), or null.
    /// </summary>
    /// <param name="ownerUid">The uid of the Board object the pods belong to, if there is one.</param>
    string? Declare(string board, long generation, IReadOnlyCollection<Coordinate> live, string? ownerUid);

    /// <summary>
    /// Completes once the pods show <paramref name="generation"/> (Running too, when <paramref name="waitForRunning"/>),
    /// or with false after <paramref name="timeout"/>: a board waits for its pods but never hangs on a Pending one.
    /// </summary>
    Task<bool> WhenShownAsync(string board, long generation, bool waitForRunning, TimeSpan timeout);

    /// <summary>The board's pods now; null when there are no pods.</summary>
    BoardPodCounts? GetCounts(string board);

    /// <summary>The pod of one cell of the board, with its phase; null when it has none (or there are no pods).</summary>
    CellPod? GetPod(string board, Coordinate cell);

    /// <summary>The board is gone: its pods are deleted.</summary>
    void Forget(string board);
}
