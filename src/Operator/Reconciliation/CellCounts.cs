namespace OrleansLife.Operator.Reconciliation;

/// <summary>A board's pods counted against its desired cells, as of one pass of the loop.</summary>
internal readonly record struct CellCounts(
    int Desired, int Existing, int Running, int Terminating, bool AllExist, bool AllRunning, bool Extras)
{
    /// <summary>The pods show the desired cells: each has a pod and no other pod is left.</summary>
    public bool Reconciled => AllExist && !Extras;
}
