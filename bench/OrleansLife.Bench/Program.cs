using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Cells;
using OrleansLife.Grains.Hosting;
using OrleansLife.Grains.Rules;
using OrleansLife.Runtime;

var services = new ServiceCollection().AddLogging().AddLifeGrains().BuildServiceProvider();
var runtime = services.GetRequiredService<SiloRuntime>();
Coordinate[] acorn = [new(1, 0), new(3, 1), new(0, 2), new(1, 2), new(4, 2), new(5, 2), new(6, 2)];
var board = runtime.GetGrain<IBoardGrain>("acorn");
await board.CreateAsync(new BoardDefinition { Name = "acorn", Geometry = new(7, 3, Topology.Unbounded), InitialCells = acorn, StartPaused = true });
var before = runtime.GetStatistics().MessagesDelivered;
var alloc = GC.GetTotalAllocatedBytes(true);
var watch = Stopwatch.StartNew();
var after = await board.StepAsync(5206);
watch.Stop();
Console.WriteLine($"gen {after.Generation} pop {after.Population} in {watch.Elapsed.TotalSeconds:F2}s msgs {runtime.GetStatistics().MessagesDelivered - before} alloc {(GC.GetTotalAllocatedBytes(true) - alloc) / 1e6:F0} MB");
