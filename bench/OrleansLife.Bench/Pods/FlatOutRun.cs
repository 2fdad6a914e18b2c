using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrleansLife.Bench.Engines;
using OrleansLife.Bench.Game;
using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Boards.Pods;
using OrleansLife.Operator.Pods;
using OrleansLife.Operator.Reconciliation;

namespace OrleansLife.Bench.Pods;

/// <summary>
/// A board stepped flat out on one silo, the way <c>dotnet run --project src/Silo</c> plays it: once with its pods
/// going nowhere, and once declared every generation to a pod reconciler that writes them to the embedded emulator in
/// the same process (follow pacing: the board never waits for its pods, it shares the two cores with them).
/// </summary>
public static class FlatOutRun
{
    private static readonly TimeSpan CatchUpLimit = TimeSpan.FromMinutes(5);

    public static async Task<FlatOutResult> RunAsync(Scenario scenario)
    {
        GameBenchmark.Settle();
        var without = await GrainEngineRunner.RunAsync(scenario);
        await using var rig = await PodRig.StartAsync(PodRigSettings.Embedded);
        var writes = rig.PodWrites;
        // As every scenario of the game's table: the run with pods does not pay for the garbage of the run without.
        GameBenchmark.Settle();
        var with = await GrainEngineRunner.RunAsync(scenario, configure: services =>
            services.Replace(ServiceDescriptor.Singleton<IBoardPods>(new ReconciledBoardPods(rig.Reconciler))));

        // The pods of the last generation, after the board got there.
        var clock = Stopwatch.StartNew();
        var caughtUp = await rig.Reconciler.WhenGenerationReconciledAsync(with.Board!, scenario.Generations, waitForRunning: false, CatchUpLimit);
        clock.Stop();
        var status = rig.Reconciler.GetStatus(with.Board!);
        return new FlatOutResult(scenario.Name, scenario.Generations, without.Elapsed, with.Elapsed, clock.Elapsed,
            caughtUp.Outcome == GenerationReconcileOutcome.Reconciled && status.PodsExisting == with.FinalPopulation,
            rig.PodWrites - writes);
    }
}
