using Microsoft.Extensions.DependencyInjection;
using OrleansLife.Grains.Cells;
using OrleansLife.Grains.Hosting;
using OrleansLife.Runtime;

namespace OrleansLife.Bench.Engines;

/// <summary>
/// Measures what one idle cell activation costs: activates many dead cells (one neighbour announcement each, so
/// they stay dead and idle), leaves them idle for a few seconds, and divides the growth of the managed heap by their
/// number. Includes the directory entry.
/// </summary>
public static class IdleActivationMemory
{
    public static async Task<(int Activations, double BytesEach)> MeasureAsync(int cells)
    {
        await using var services = new ServiceCollection().AddLogging().AddLifeGrains().BuildServiceProvider();
        var runtime = services.GetRequiredService<SiloRuntime>();
        // Warm the runtime's own structures so that only the activations grow the heap.
        runtime.GetGrain<ICellGrain>(CellKey.Pack(new Coordinate(-1, -1)), "idle").AddNeighbour(0, 1);
        await runtime.GetGrain<ICellGrain>(CellKey.Pack(new Coordinate(-1, -1)), "idle").IsAliveAsync();

        var before = GC.GetTotalMemory(forceFullCollection: true);
        for (var i = 0; i < cells; i++) runtime.GetGrain<ICellGrain>(CellKey.Pack(new Coordinate(i, 0)), "idle").AddNeighbour(0, 1);
        while (runtime.GetStatistics().QueuedMessages > 0) await Task.Delay(10);
        // Idle means idle for a while: housekeeping (every second) trims the mailboxes of activations idle since the
        // pass before last, as it would for any cell left alone.
        await Task.Delay(TimeSpan.FromSeconds(3.5));
        var after = GC.GetTotalMemory(forceFullCollection: true);

        var activations = runtime.CountActivations("cell") - 1;
        GC.KeepAlive(runtime);
        return (activations, (double)(after - before) / activations);
    }
}
