using System.Diagnostics;
using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Patterns;
using OrleansLife.Grains.Reference;
using OrleansLife.Grains.Rules;

namespace OrleansLife.Bench.Pods;

/// <summary>
/// A random torus run the way a board in lockstep runs it: each generation is computed (by the reference array
/// engine), declared to the reconciler, and its pods awaited before the next one is computed. Counts the pod writes
/// against births and deaths (one each, the reconciler's promise) and times each generation's pods.
/// </summary>
public static class LockstepRun
{
    public static async Task<LockstepResult> RunAsync(PodRig rig, string board, int side, int generations)
    {
        var engine = new ArrayEngine(side, side, Topology.Torus, LifeRule.Conway, RandomFill.Generate(side, side, 0.35, seed: 2026));
        var writes = rig.PodWrites;
        var clock = Stopwatch.StartNew();
        // The board starts from no pods, so generation 0's live cells are all births.
        long changes = engine.Population;
        var first = await rig.DeclareAndWaitAsync(board, 0, engine.LiveCells());
        var latencies = new List<TimeSpan>(generations);
        for (var generation = 1; generation <= generations; generation++)
        {
            engine.Step(1);
            changes += engine.LastBirths + engine.LastDeaths;
            latencies.Add(await rig.DeclareAndWaitAsync(board, generation, engine.LiveCells()));
        }

        clock.Stop();
        var pods = rig.Reconciler.GetStatus(board);
        var match = pods.PodsExisting == engine.Population && pods.PodsDesired == engine.Population;
        return new LockstepResult(generations, changes, rig.PodWrites - writes, first, latencies, clock.Elapsed, match);
    }
}
