using System.Runtime;
using OrleansLife.Bench.Engines;
using OrleansLife.Bench.Pods;
using OrleansLife.Bench.Reporting;
using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Patterns;

// The benchmark of the foundation issue: the grain engine against the plain array engine on the same boards.
// Then the pods part: pod writes and latency against the embedded Kubernetes API emulator.
// Run with: dotnet run -c Release --project bench/OrleansLife.Bench [-- --quick] [-- --runs N] [-- --pods (the pods part alone)]
var quick = args.Contains("--quick");
var runs = args.SkipWhile(a => a != "--runs").Skip(1).Select(int.Parse).FirstOrDefault(quick ? 1 : 3);
if (args.Contains("--pods"))
{
    await PodBenchmarks.RunAsync(quick, runs);
    return;
}

if (args.SkipWhile(a => a != "--acorn").Skip(1).Select(int.Parse).FirstOrDefault() is var acornGenerations and > 0)
{
    // A quick probe of the game's speed: acorn alone, for the given number of generations.
    var probe = await GrainEngineRunner.RunAsync(new("acorn", new BoardGeometry(7, 3, Topology.Unbounded), PatternLibrary.Get("acorn").Cells, acornGenerations));
    Console.WriteLine($"acorn to {acornGenerations}: {probe.Elapsed.TotalSeconds:F2} s, {probe.GenerationsPerSecond:F0} gen/s, {probe.MessagesPerGeneration:F0} messages/gen, {probe.FinalPopulation} alive");
    return;
}

Scenario[] scenarios =
[
    RandomTorus(64, quick ? 100 : 500),
    RandomTorus(256, quick ? 20 : 200),
    new("acorn to 5206", new BoardGeometry(7, 3, Topology.Unbounded), PatternLibrary.Get("acorn").Cells, quick ? 1000 : 5206),
    RandomTorus(1024, quick ? 2 : 10),
];

Console.WriteLine($"Machine: {MachineInfo.Describe()}");
// First, on a clean heap: measured after the big scenarios, their leftovers skew the heap difference.
var (activations, bytesEach) = await IdleActivationMemory.MeasureAsync(quick ? 20_000 : 200_000);
// Warm-up: both engines get JIT-compiled and tiered up before anything is timed.
await GrainEngineRunner.RunAsync(RandomTorus(32, 50));
ArrayEngineRunner.Run(RandomTorus(64, 2000));
ArrayEngineRunner.Run(scenarios[2] with { Generations = 1000 });

var table = new ResultTable();
foreach (var scenario in scenarios)
{
    // Each engine runs `runs` times; the table shows the median run, so one unlucky run does not decide a figure.
    var arrays = new List<EngineRun>();
    var grains = new List<EngineRun>();
    for (var run = 0; run < runs; run++)
    {
        Settle();
        arrays.Add(ArrayEngineRunner.Run(scenario));
        Settle();
        grains.Add(await GrainEngineRunner.RunAsync(scenario));
    }
    var array = Median(arrays);
    var grain = Median(grains);
    table.Add(scenario, grain, array);
    Console.WriteLine($"  {scenario.Name}: grains {string.Join(" / ", grains.Select(g => $"{g.Elapsed.TotalSeconds:F2} s"))}, " +
        $"array {string.Join(" / ", arrays.Select(a => $"{a.Elapsed.TotalSeconds:F3} s"))}");
}

Console.WriteLine();
Console.WriteLine(table);
Console.WriteLine($"Idle cell activation: {bytesEach:F0} bytes each (heap growth over {activations:N0} idle dead cells, directory included)");
Console.WriteLine();
await PodBenchmarks.RunAsync(quick, runs);

static Scenario RandomTorus(int side, int generations) => new(
    $"random 35% torus {side}²", new BoardGeometry(side, side, Topology.Torus),
    RandomFill.Generate(side, side, 0.35, seed: 2026), generations);

static EngineRun Median(List<EngineRun> runs) => runs.OrderBy(r => r.Elapsed).ElementAt(runs.Count / 2);

// A scenario must not pay for the garbage of the one before it (the 1024² board leaves a gigabyte behind).
static void Settle()
{
    GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
    GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    GC.WaitForPendingFinalizers();
}
