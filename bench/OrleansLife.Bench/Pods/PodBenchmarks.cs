using OrleansLife.Bench.Reporting;

namespace OrleansLife.Bench.Pods;

/// <summary>
/// The pods part of the benchmark, against the embedded API emulator: pod writes against births and deaths, and
/// generation-to-pods latency, on a 64² random torus in lockstep; and pod writes per second in bursts, under the
/// client's default rate limit and the embedded emulator's, with and without latency added by the emulator.
/// </summary>
public static class PodBenchmarks
{
    private const int Side = 64;

    public static async Task RunAsync(bool quick, int runs)
    {
        Console.WriteLine($"Pods, against the embedded API emulator. Machine: {MachineInfo.Describe()}");
        await WarmUpAsync();
        var report = new PodReport();
        // As the product runs: a dead cell's pod terminates for its 1 s grace period, and a cell reborn meanwhile waits
        // for the name. Most generations wait that out, so one short run tells enough.
        await LockstepAsync(report, PodRigSettings.Embedded, quick ? 10 : 15, 1);
        // The API path alone, as fast as it goes: the emulator removes a deleted pod at once, and writes have no budget.
        await LockstepAsync(report, PodRigSettings.Capacity with { PodTermination = TimeSpan.Zero }, quick ? 30 : 100, runs);

        var cells = quick ? 500 : 2000;
        // Rate limited by design, to 50/s after the first 100: one small burst shows it without taking a minute.
        await BurstsAsync(report, PodRigSettings.Defaults, 150, 1);
        // How fast emulator, client and reconciler go: a burst is waited for, which the silo's write budget never holds back.
        await BurstsAsync(report, PodRigSettings.Capacity, cells, runs);
        await BurstsAsync(report, PodRigSettings.Capacity with { MaxConcurrentWrites = 64 }, cells, runs);
        var slow = PodRigSettings.Capacity with { RequestLatency = TimeSpan.FromMilliseconds(5) };
        await BurstsAsync(report, slow, cells, runs);
        await BurstsAsync(report, slow with { MaxConcurrentWrites = 64 }, cells, runs);

        Console.WriteLine();
        Console.WriteLine(report);
    }

    /// <summary>Client, reconciler and emulator get JIT-compiled and tiered up before anything is timed.</summary>
    private static async Task WarmUpAsync()
    {
        await using var rig = await PodRig.StartAsync(PodRigSettings.Capacity with { PodTermination = TimeSpan.Zero });
        await LockstepRun.RunAsync(rig, "warm-up-lockstep", Side, 10);
        for (var run = 0; run < 2; run++) await BurstRun.RunAsync(rig, $"warm-up-burst-{run}", 1000);
    }

    private static async Task LockstepAsync(PodReport report, PodRigSettings settings, int generations, int runs)
    {
        var results = new List<LockstepResult>();
        for (var run = 0; run < runs; run++)
        {
            // A fresh emulator each run: the board's name, and its pods' names, are the same every time.
            await using var rig = await PodRig.StartAsync(settings);
            results.Add(await LockstepRun.RunAsync(rig, "random", Side, generations));
        }

        report.AddLockstep(settings, results);
        Console.WriteLine($"  lockstep {Side}², {settings}: latency median " +
            string.Join(" / ", results.Select(r => MarkdownTable.Ms(r.Median))) + ", p95 " +
            string.Join(" / ", results.Select(r => MarkdownTable.Ms(r.P95))) + ", writes " +
            string.Join(" / ", results.Select(r => $"{r.PodWrites} for {r.Changes} changes")));
    }

    private static async Task BurstsAsync(PodReport report, PodRigSettings settings, int cells, int runs)
    {
        await using var rig = await PodRig.StartAsync(settings);
        var results = new List<BurstResult>();
        for (var run = 0; run < runs; run++) results.Add(await BurstRun.RunAsync(rig, $"burst-{run}", cells));
        report.AddBursts(settings, results);
        Console.WriteLine($"  bursts of {cells}, {settings}: " + string.Join(" / ", results.Select(r =>
            $"{MarkdownTable.Ms(r.Creates)} + {MarkdownTable.Ms(r.Deletes)}")));
    }
}
