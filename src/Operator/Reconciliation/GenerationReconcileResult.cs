namespace OrleansLife.Operator.Reconciliation;

/// <summary>The answer to <see cref="IBoardPodReconciler.WhenGenerationReconciledAsync"/>: how the wait ended, and the pods then.</summary>
/// <param name="Board">The board.</param>
/// <param name="Generation">The generation waited for.</param>
/// <param name="Outcome">How the wait ended.</param>
/// <param name="PodsDesired">Live cells of the board's current desired generation.</param>
/// <param name="PodsExisting">Pods of the board that exist and are not terminating.</param>
/// <param name="PodsRunning">Of those, the ones in phase Running.</param>
/// <param name="Waited">How long the wait took.</param>
public sealed record GenerationReconcileResult(
    string Board,
    long Generation,
    GenerationReconcileOutcome Outcome,
    int PodsDesired,
    int PodsExisting,
    int PodsRunning,
    TimeSpan Waited);
