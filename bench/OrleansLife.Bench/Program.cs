using OrleansLife.Bench.Engines;
using OrleansLife.Bench.Reporting;
using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Patterns;

// The benchmark of the foundation issue: the grain engine against the plain array engine on the same boards.
// Run with: dotnet run -c Release --project bench/OrleansLife.Bench [-- --quick]
var quick = args.Contains("--quick");
Scenario[] scenarios =
[
    RandomTorus(64, quick ? 100 : 500),
    RandomTorus(256, quick ? 20 : 200),
    RandomTorus(1024, quick ? 2 : 10),
    new("acorn to 5206", new BoardGeometry(7, 3, Topology.Unbounded), PatternLibrary.Get("acorn").Cells, quick ? 1000 : 5206),
];

Console.WriteLine($"Machine: {MachineInfo.Describe()}");
await GrainEngineRunner.RunAsync(RandomTorus(32, 50)); // warm-up: JIT and tiering before anything is timed

var table = new ResultTable();
foreach (var scenario in scenarios)
{
    var array = ArrayEngineRunner.Run(scenario);
    var grains = await GrainEngineRunner.RunAsync(scenario);
    table.Add(scenario, grains, array);
    Console.WriteLine($"  {scenario.Name}: grains {grains.Elapsed.TotalSeconds:F2} s, array {array.Elapsed.TotalSeconds:F3} s");
}

var (activations, bytesEach) = await IdleActivationMemory.MeasureAsync(quick ? 20_000 : 200_000);
Console.WriteLine();
Console.WriteLine(table);
Console.WriteLine($"Idle cell activation: {bytesEach:F0} bytes each (heap growth over {activations:N0} idle dead cells, directory included)");

static Scenario RandomTorus(int side, int generations) => new(
    $"random 35% torus {side}²", new BoardGeometry(side, side, Topology.Torus),
    RandomFill.Generate(side, side, 0.35, seed: 2026), generations);
