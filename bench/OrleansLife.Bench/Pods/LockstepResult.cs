namespace OrleansLife.Bench.Pods;

/// <summary>One lockstep run of a random board through the reconciler.</summary>
/// <param name="Generations">Generations stepped after generation 0.</param>
/// <param name="Changes">Births and deaths over the run, generation 0's cells counted as births.</param>
/// <param name="PodWrites">Pod creates and deletes the client sent over the run, retries included.</param>
/// <param name="FirstGeneration">Generation 0: every live cell's pod created at once.</param>
/// <param name="Latencies">Declaration to pods, for generations 1 to <paramref name="Generations"/>.</param>
/// <param name="Elapsed">The whole run, engine steps included.</param>
/// <param name="PodsMatch">Whether the pods at the end were exactly the engine's final population.</param>
public sealed record LockstepResult(
    int Generations, long Changes, long PodWrites, TimeSpan FirstGeneration, IReadOnlyList<TimeSpan> Latencies, TimeSpan Elapsed, bool PodsMatch)
{
    public TimeSpan Median => Percentile(0.5);

    public TimeSpan P95 => Percentile(0.95);

    public TimeSpan Max => Latencies.Max();

    public double ChangesPerGeneration => (double)Changes / (Generations + 1);

    /// <summary>Nearest rank: the smallest latency that at least <paramref name="fraction"/> of generations stayed within.</summary>
    private TimeSpan Percentile(double fraction)
    {
        var sorted = Latencies.Order().ToList();
        return sorted[Math.Max(0, (int)Math.Ceiling(fraction * sorted.Count) - 1)];
    }
}
