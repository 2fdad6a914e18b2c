using static OrleansLife.Bench.Pods.MarkdownTable;

namespace OrleansLife.Bench.Pods;

/// <summary>The pod benchmark's two tables: lockstep runs (writes against births and deaths, generation latency) and bursts (writes per second).</summary>
public sealed class PodReport
{
    private readonly MarkdownTable _lockstep = new(
        "settings", "generations", "births + deaths", "pod writes", "equal", "generation 0", "latency median", "latency p95",
        "latency max", "gen/s", "pods = population");

    private readonly MarkdownTable _bursts = new(
        "settings", "cells", "creates/s", "deletes/s", "writes/s", "runs (writes/s)", "rate-limit floor", "pod writes");

    /// <summary>Adds the median run (by latency median) of one setting.</summary>
    public void AddLockstep(PodRigSettings settings, IReadOnlyList<LockstepResult> runs)
    {
        var run = runs.OrderBy(r => r.Median).ElementAt(runs.Count / 2);
        _lockstep.Add(
            settings.ToString(),
            N(run.Generations),
            $"{N(run.Changes)} ({N(run.ChangesPerGeneration)}/gen)",
            N(run.PodWrites),
            run.PodWrites == run.Changes ? "yes" : $"**no** ({N(run.PodWrites - run.Changes)})",
            Ms(run.FirstGeneration),
            Ms(run.Median),
            Ms(run.P95),
            Ms(run.Max),
            N((run.Generations + 1) / run.Elapsed.TotalSeconds, 1),
            runs.All(r => r.PodsMatch) ? "yes" : "**no**");
    }

    /// <summary>Adds the median run (by writes per second) of one setting.</summary>
    public void AddBursts(PodRigSettings settings, IReadOnlyList<BurstResult> runs)
    {
        var run = runs.OrderBy(r => r.WritesPerSecond).ElementAt(runs.Count / 2);
        // The time the token bucket alone needs, starting full: the first `burst` writes go at once, the rest at `qps`.
        var floor = Math.Max(0, (2.0 * run.Cells) - settings.Burst) / settings.Qps;
        _bursts.Add(
            settings.ToString(),
            N(run.Cells),
            N(run.CreatesPerSecond),
            N(run.DeletesPerSecond),
            N(run.WritesPerSecond),
            string.Join(" / ", runs.Select(r => N(r.WritesPerSecond))),
            N(floor, 1) + " s",
            N(run.PodWrites));
    }

    public override string ToString() => $"{_lockstep}{Environment.NewLine}{_bursts}";
}
