using OrleansLife.Grains.Boards.Pods;
using OrleansLife.Grains.Cells;
using OrleansLife.Operator.Pods;

namespace OrleansLife.Operator.Reconciliation;

/// <summary>
/// Turns each board's live cells into pods. Boards declare what they want (<see cref="SetDesired"/>); the reconciler
/// makes the cluster match, level-triggered, with exactly one API write per birth and per death.
/// </summary>
public interface IBoardPodReconciler
{
    /// <summary>
    /// Declares the live cells of <paramref name="board"/>'s generation <paramref name="generation"/>, without waiting:
    /// the newest generation wins and older ones not yet acted on are skipped. A generation that would pass a pod cap
    /// is refused as a whole (the pods stay as they were) and reported in the result and the board's status.
    /// </summary>
    /// <param name="board">The board's name, valid by <see cref="Grains.Boards.Specs.BoardNames"/> (else <see cref="ArgumentException"/>).</param>
    /// <param name="generation">The Life generation; one older than the board's newest is ignored.</param>
    /// <param name="live">The generation's live cells.</param>
    /// <param name="owner">The Board object the pods belong to, if there is one.</param>
    PodCapCheck SetDesired(string board, long generation, IReadOnlyCollection<Coordinate> live, BoardOwner? owner = null);

    /// <summary>
    /// The board starts again from an earlier generation (its grain was lost and resumed from its checkpoint): its next
    /// declaration is taken whatever its generation, rather than ignored as older than the lost grain's last.
    /// </summary>
    void Rewind(string board);

    /// <summary>Whether <paramref name="count"/> pods for <paramref name="board"/> would pass a cap, for the API to
    /// refuse an oversized board when it is created.</summary>
    PodCapCheck WouldExceedCap(string board, int count);

    /// <summary>
    /// Declares the board gone: every one of its pods is deleted, including pods left by an earlier run. The task
    /// completes once none is left (or the board is declared again); ignoring it is fine.
    /// </summary>
    Task ForgetBoardAsync(string board, CancellationToken cancellationToken = default);

    /// <summary>
    /// Waits until the pods show <paramref name="generation"/>: each of its live cells has a pod (Running, when
    /// <paramref name="waitForRunning"/>) and no dead cell's pod is left. Never throws for a timeout: the result says
    /// what happened, so a board on a cluster whose pods stay Pending keeps going.
    /// </summary>
    Task<GenerationReconcileResult> WhenGenerationReconciledAsync(
        string board, long generation, bool waitForRunning, TimeSpan timeout, CancellationToken cancellationToken = default);

    /// <summary>The pod of one cell of <paramref name="board"/> as the cache has it (its name and phase); null when there is none.</summary>
    CellPod? GetCellPod(string board, Coordinate cell);

    /// <summary>The board's pod status now.</summary>
    BoardPodStatus GetStatus(string board);

    /// <summary>The board's pod status now and after every change, newest first when the reader falls behind.</summary>
    IAsyncEnumerable<BoardPodStatus> WatchStatusAsync(string board, CancellationToken cancellationToken = default);
}
