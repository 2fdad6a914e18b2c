using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Cells;

namespace OrleansLife.Bench.Engines;

/// <summary>Runs a scenario on cell grains in in-process Orleans silos, the way the product runs it.</summary>
public static class GrainEngineRunner
{
    private static int s_boards;

    /// <param name="scenario">The board and how many generations.</param>
    /// <param name="silos">How many silos the cluster has.</param>
    /// <param name="configure">Changes to the silos' services, such as where the boards' pods go.</param>
    public static async Task<EngineRun> RunAsync(Scenario scenario, int silos = 1, Action<IServiceCollection>? configure = null)
    {
        await using var cluster = await BenchCluster.StartAsync(silos, configure);
        var name = $"bench-{Interlocked.Increment(ref s_boards)}";
        var board = cluster.Grains.GetGrain<IBoardGrain>(name);
        await board.CreateAsync(new BoardDefinition
        {
            Name = name, Geometry = scenario.Geometry, InitialCells = scenario.Cells, StartPaused = true,
        });
        await board.WaitForGenerationAsync(0, TimeSpan.FromMinutes(10));

        var calls = cluster.Calls;
        var remote = cluster.RemoteCalls;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var after = (await board.StepAsync(scenario.Generations, TimeSpan.FromMinutes(29))).Board;
        clock.Stop();
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        calls = cluster.Calls - calls;
        remote = cluster.RemoteCalls - remote;
        var cells = (await cluster.Grains.GetGrain<IManagementGrain>(0).GetActiveGrains(GrainType.Create(CellGrain.GrainTypeName))).Count;

        return new EngineRun(scenario.Generations, clock.Elapsed, after.Population, allocated, calls, cells,
            GC.GetTotalMemory(forceFullCollection: true), remote) { Board = name };
    }
}
