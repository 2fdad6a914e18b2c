namespace OrleansLife.Operator.Reconciliation;

/// <summary>How waiting for a generation's pods ended.</summary>
public enum GenerationReconcileOutcome
{
    /// <summary>Every live cell of the generation had its pod (Running, if asked) and no dead cell's pod was left.</summary>
    Reconciled,

    /// <summary>The timeout passed first, such as on a cluster whose pods stay Pending; the board may carry on.</summary>
    TimedOut,

    /// <summary>A newer generation replaced it before its pods were all there.</summary>
    Superseded,

    /// <summary>The generation was refused for passing a pod cap (see <see cref="BoardPodStatus.CapMessage"/>).</summary>
    CapExceeded,

    /// <summary>The board is unknown to the reconciler, or was forgotten while waiting.</summary>
    BoardForgotten,
}
