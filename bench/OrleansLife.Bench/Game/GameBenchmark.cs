using System.Runtime;
using OrleansLife.Bench.Engines;

namespace OrleansLife.Bench.Game;

/// <summary>The game's scenarios on the grain engine, on a given number of silos, against the array engine.</summary>
public static class GameBenchmark
{
    public static async Task<IReadOnlyList<ScenarioResult>> RunAsync(IEnumerable<Scenario> scenarios, int silos, int runs)
    {
        var results = new List<ScenarioResult>();
        foreach (var scenario in scenarios)
        {
            // Each engine runs `runs` times; the table shows the median run, so one unlucky run does not decide a figure.
            var arrays = new List<EngineRun>();
            var grains = new List<EngineRun>();
            try
            {
                for (var run = 0; run < runs; run++)
                {
                    Settle();
                    arrays.Add(ArrayEngineRunner.Run(scenario));
                    Settle();
                    grains.Add(await GrainEngineRunner.RunAsync(scenario, silos));
                }
            }
            catch (Exception failure) when (failure is TimeoutException or OrleansException)
            {
                // One scenario's failure (a directory lookup timing out under load) must not lose the others' figures.
                Console.WriteLine($"  {scenario.Name}, {silos} silo(s): failed, left out of the tables: {failure.GetType().Name}: {failure.Message}");
                continue;
            }
            results.Add(new(scenario, silos, Median(grains), Median(arrays), ChangeCount.Of(scenario)));
            Console.WriteLine($"  {scenario.Name}, {silos} silo(s): grains {string.Join(" / ", grains.Select(g => $"{g.Elapsed.TotalSeconds:F2} s"))}, " +
                $"array {string.Join(" / ", arrays.Select(a => $"{a.Elapsed.TotalSeconds:F3} s"))}");
        }
        return results;
    }

    private static EngineRun Median(List<EngineRun> runs) => runs.OrderBy(r => r.Elapsed).ElementAt(runs.Count / 2);

    /// <summary>A scenario must not pay for the garbage of the one before it (the 1024² board leaves a gigabyte behind).</summary>
    public static void Settle()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
    }
}
