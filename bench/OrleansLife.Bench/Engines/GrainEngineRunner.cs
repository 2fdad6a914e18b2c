using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Hosting;
using OrleansLife.Runtime;

namespace OrleansLife.Bench.Engines;

/// <summary>Runs a scenario on cell grains in an in-process silo, the way the product runs it.</summary>
public static class GrainEngineRunner
{
    public static async Task<EngineRun> RunAsync(Scenario scenario)
    {
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddLifeGrains(options => options.CallTimeout = TimeSpan.FromMinutes(30))
            .BuildServiceProvider();
        var runtime = services.GetRequiredService<SiloRuntime>();
        var board = runtime.GetGrain<IBoardGrain>("bench");
        await board.CreateAsync(new BoardDefinition
        {
            Name = "bench", Geometry = scenario.Geometry, InitialCells = scenario.Cells, StartPaused = true,
        });

        var messages = runtime.GetStatistics().MessagesDelivered;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var after = await board.StepAsync(scenario.Generations);
        clock.Stop();
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        var statistics = runtime.GetStatistics();

        return new EngineRun(scenario.Generations, clock.Elapsed, after.Population, allocated,
            statistics.MessagesDelivered - messages, statistics.ActivationsByType.GetValueOrDefault("cell"),
            GC.GetTotalMemory(forceFullCollection: true));
    }
}
