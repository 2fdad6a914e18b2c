using OrleansLife.Bench.Engines;
using OrleansLife.Bench.Game;
using OrleansLife.Bench.Pods;
using OrleansLife.Bench.Raw;
using OrleansLife.Bench.Reporting;
using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Patterns;

// Issue 8's benchmark: Orleans' raw call rates on this machine (the ceiling); the game's grain engine against the plain
// array engine on the same boards, on one silo and on three; the targets against what was measured. Then the
// pods part: pod writes and latency against the embedded Kubernetes API emulator.
// Run with: dotnet run -c Release --project bench/OrleansLife.Bench [-- --quick] [-- --runs N]
//   [-- --raw (raw rates alone)] [-- --cluster (the 3-silo part alone)] [-- --pods (the pods part alone)] [-- --acorn N]
//   [-- --torus SIDE N (a random 35% torus alone, N generations)] [-- --flat-out (a board with and without its pods, alone)]
const int ClusterSilos = 3;
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
    // What the garbage collector did, for the whole process (the silo's start included): the probe's usual suspect.
    Console.WriteLine($"garbage collections (gen 0/1/2): {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, "
        + $"paused {GC.GetTotalPauseDuration().TotalSeconds:F2} s, allocated {probe.AllocatedPerGeneration:N0} bytes/gen");
    return;
}

if (args.SkipWhile(a => a != "--torus").Skip(1).Take(2).Select(int.Parse).ToArray() is [var side, var torusGenerations])
{
    // The same kind of probe on a random 35% torus of the given side (issue 8 names 256²).
    var probe = await GrainEngineRunner.RunAsync(RandomTorus(side, torusGenerations));
    Console.WriteLine($"torus {side}² for {torusGenerations}: {probe.Elapsed.TotalSeconds:F2} s, {probe.GenerationsPerSecond:F2} gen/s, {probe.MessagesPerGeneration:F0} messages/gen, {probe.FinalPopulation} alive");
    return;
}

Console.WriteLine($"Machine: {MachineInfo.Describe()}");
if (args.Contains("--flat-out"))
{
    Console.WriteLine(FlatOutTable(await FlatOutAsync(quick, runs)));
    return;
}

if (args.Contains("--raw"))
{
    var rates = (await RawRates.MeasureAsync(1, quick)).Concat(await RawRates.MeasureAsync(ClusterSilos, quick));
    Console.WriteLine();
    Console.WriteLine(RawRateTable.Format(rates));
    return;
}

Scenario[] scenarios =
[
    RandomTorus(64, quick ? 100 : 500),
    RandomTorus(256, quick ? 20 : 200),
    new("acorn to 5206", new BoardGeometry(7, 3, Topology.Unbounded), PatternLibrary.Get("acorn").Cells, quick ? 1000 : 5206),
    RandomTorus(1024, quick ? 2 : 10),
];

var clusterOnly = args.Contains("--cluster");
// First, on a clean heap: measured after the big scenarios, their leftovers skew the heap difference.
var idle = clusterOnly ? default : await IdleActivationMemory.MeasureAsync(quick ? 20_000 : 200_000);
// Warm-up: both engines get JIT-compiled and tiered up before anything is timed.
await GrainEngineRunner.RunAsync(RandomTorus(32, 50));
ArrayEngineRunner.Run(RandomTorus(64, 2000));
ArrayEngineRunner.Run(scenarios[2] with { Generations = 1000 });

var raw = new List<RawRate>();
var games = new List<IReadOnlyList<ScenarioResult>>();
foreach (var silos in clusterOnly ? [ClusterSilos] : new[] { 1, ClusterSilos })
{
    GameBenchmark.Settle();
    raw.AddRange(await RawRates.MeasureAsync(silos, quick));
    // 1024² stays out of the cluster: three silos in one process on two cores time out placing its 800,000 activations
    // (Orleans' 30 s placement timeout, hundreds of thousands of failed calls); one silo runs it.
    if (silos > 1) Console.WriteLine($"  {scenarios[^1].Name}, {silos} silos: left out (three silos in one process time out placing its activations)");
    games.Add(await GameBenchmark.RunAsync(silos > 1 ? scenarios[..^1] : scenarios, silos, runs));
}

Console.WriteLine();
Console.WriteLine(RawRateTable.Format(raw));
var summary = new TargetSummary();
foreach (var game in games.Where(g => g.Count > 0))
{
    Console.WriteLine($"Grain engine on {game[0].Silos} silo(s), against the array engine:");
    Console.WriteLine();
    var table = new ResultTable();
    foreach (var result in game) table.Add(result.Scenario, result.Grains, result.Array, result.Changes);
    Console.WriteLine(table);
    summary.AddCallRates(game, raw);
    summary.AddAcorn(game);
    summary.AddTorus256(game);
}

if (!clusterOnly)
{
    Console.WriteLine($"Idle cell activation: {idle.BytesEach:F0} bytes each (heap growth over {idle.Activations:N0} idle dead cells, directory included)");
    Console.WriteLine();
    summary.AddIdleActivation(idle.BytesEach);
}
var flatOut = clusterOnly ? [] : await FlatOutAsync(quick, runs);
if (flatOut.Count > 0) Console.WriteLine(FlatOutTable(flatOut));
summary.AddFlatOutWithPods(flatOut);
Console.WriteLine(summary);
if (clusterOnly) return;

Console.WriteLine();
await PodBenchmarks.RunAsync(quick, runs);

// Acorn and a 64² soup, flat out with follow pacing: the board never waits for its pods, the reconciler chases it.
static async Task<List<FlatOutResult>> FlatOutAsync(bool quick, int runs)
{
    var acorn = new Scenario("acorn", new BoardGeometry(7, 3, Topology.Unbounded), PatternLibrary.Get("acorn").Cells, quick ? 300 : 1000);
    // Once untimed, so that the emulator, the client and the reconciler are JIT-compiled and tiered up as the grains
    // are: without it the run with pods paid for their warm-up (31 % in one full run, 53 % warmed, same code).
    await FlatOutRun.RunAsync(acorn);
    return [await MedianAsync(acorn), await MedianAsync(RandomTorus(64, quick ? 50 : 200))];

    // One pair varies by a quarter from run to run on two cores: the table shows the pair with the median ratio.
    async Task<FlatOutResult> MedianAsync(Scenario scenario)
    {
        var pairs = new List<FlatOutResult>();
        for (var run = 0; run < runs; run++) pairs.Add(await FlatOutRun.RunAsync(scenario));
        return pairs.OrderBy(pair => pair.Ratio).ElementAt(pairs.Count / 2);
    }
}

static string FlatOutTable(IEnumerable<FlatOutResult> results) =>
    "A flat-out board on one silo, without its pods and with them (written to the embedded emulator in the same process):\n\n"
    + FlatOutResult.Header + "\n" + string.Join("\n", results) + "\n";

static Scenario RandomTorus(int side, int generations) => new(
    $"random 35% torus {side}²", new BoardGeometry(side, side, Topology.Torus),
    RandomFill.Generate(side, side, 0.35, seed: 2026), generations);
