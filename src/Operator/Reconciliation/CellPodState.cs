namespace OrleansLife.Operator.Reconciliation;

/// <summary>What the reconciler believes of one pod name: the cache, overruled by writes it has not seen yet.</summary>
internal enum CellPodState
{
    /// <summary>No pod of that name.</summary>
    Absent,

    /// <summary>A pod that is up or coming up.</summary>
    Present,

    /// <summary>A pod being deleted: gone for the board's purposes, but its name is not free yet.</summary>
    Terminating,

    /// <summary>A pod whose containers stopped for good (Succeeded or Failed): it is replaced.</summary>
    Finished,
}
