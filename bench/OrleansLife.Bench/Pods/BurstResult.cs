namespace OrleansLife.Bench.Pods;

/// <summary>One burst: many cells born at once, then all of them dead.</summary>
/// <param name="Cells">Cells born, and then dead.</param>
/// <param name="Creates">From declaring the cells to all their pods existing.</param>
/// <param name="Deletes">From declaring them dead to no pod of theirs being left (Terminating counts as gone).</param>
/// <param name="PodWrites">Creates and deletes the client sent, retries included: 2 × <paramref name="Cells"/> when all is well.</param>
public sealed record BurstResult(int Cells, TimeSpan Creates, TimeSpan Deletes, long PodWrites)
{
    public double CreatesPerSecond => Cells / Creates.TotalSeconds;

    public double DeletesPerSecond => Cells / Deletes.TotalSeconds;

    /// <summary>Pod writes per second over both halves together.</summary>
    public double WritesPerSecond => 2.0 * Cells / (Creates + Deletes).TotalSeconds;
}
