using OrleansLife.Grains.Boards.Pods;
using OrleansLife.Grains.Cells;
using OrleansLife.Operator.Reconciliation;

namespace OrleansLife.Operator.Pods;

/// <summary>The boards' side of the pod reconciler: what a board grain declares each generation becomes pods.</summary>
public sealed class ReconciledBoardPods(IBoardPodReconciler reconciler) : IBoardPods
{
    public string? CheckCap(string board, int count) => reconciler.WouldExceedCap(board, count).Message;

    public string? Declare(string board, long generation, IReadOnlyCollection<Coordinate> live, string? ownerUid)
    {
        var owner = ownerUid is null ? null : new BoardOwner(board, ownerUid);
        return reconciler.SetDesired(board, generation, live, owner).Message;
    }

    public async Task<bool> WhenShownAsync(string board, long generation, bool waitForRunning, TimeSpan timeout)
    {
        var result = await reconciler.WhenGenerationReconciledAsync(board, generation, waitForRunning, timeout).ConfigureAwait(false);
        // Superseded or forgotten is not late: nothing is left to wait for.
        return result.Outcome != GenerationReconcileOutcome.TimedOut;
    }

    public BoardPodCounts? GetCounts(string board)
    {
        var status = reconciler.GetStatus(board);
        return new BoardPodCounts(status.PodsDesired, status.PodsExisting, status.PodsRunning, status.PodsTerminating,
            status.ReflectedGeneration, status.LagGenerations, status.CapExceeded ? status.CapMessage : status.LastError);
    }

    public CellPod? GetPod(string board, Coordinate cell) => reconciler.GetCellPod(board, cell);

    // Deleting the Board object has the garbage collector delete the pods too; this also covers pods without an owner.
    public void Forget(string board) => _ = reconciler.ForgetBoardAsync(board);
}
