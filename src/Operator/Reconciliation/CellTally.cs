namespace OrleansLife.Operator.Reconciliation;

/// <summary>
/// What some of a board's pods add to its counts; a board's tally is the sum over the pods it has or wants, kept up to
/// date pod by pod so that counting a board of thousands of pods costs nothing per pass.
/// </summary>
internal readonly record struct CellTally(int Existing, int Running, int Terminating, int WantedMissing, int WantedNotRunning, int Extras)
{
    public static CellTally operator +(CellTally a, CellTally b) => new(
        a.Existing + b.Existing, a.Running + b.Running, a.Terminating + b.Terminating,
        a.WantedMissing + b.WantedMissing, a.WantedNotRunning + b.WantedNotRunning, a.Extras + b.Extras);

    public static CellTally operator -(CellTally a, CellTally b) => new(
        a.Existing - b.Existing, a.Running - b.Running, a.Terminating - b.Terminating,
        a.WantedMissing - b.WantedMissing, a.WantedNotRunning - b.WantedNotRunning, a.Extras - b.Extras);

    /// <summary>The counts of a board that wants <paramref name="desired"/> pods and has this tally.</summary>
    public CellCounts Counts(int desired) =>
        new(desired, Existing, Running, Terminating, WantedMissing == 0, WantedNotRunning == 0, Extras > 0);
}
