using OrleansLife.Grains.Cells;
using OrleansLife.Grains.Rules;

namespace OrleansLife.Bench.Engines;

/// <summary>
/// Measures what one idle cell activation costs: activates many dead cells (one live neighbour each, so they stay
/// dead, idle and kept), and divides the growth of the managed heap by their number. Includes Orleans' own
/// bookkeeping (catalog, directory entry).
/// </summary>
public static class IdleActivationMemory
{
    public static async Task<(int Activations, double BytesEach)> MeasureAsync(int cells)
    {
        await using var silo = await BenchSilo.StartAsync();
        // Warm the runtime's own structures so that only the activations grow the heap.
        await silo.Grains.GetGrain<ICellGrain>(CellKey.Pack(new Coordinate(-1, -1)), "idle").AddNeighbourAsync(new NeighbourChange(1, 0, 1, LifeRule.Conway));

        var before = GC.GetTotalMemory(forceFullCollection: true);
        const int batch = 1000;
        for (var start = 0; start < cells; start += batch)
        {
            await Task.WhenAll(Enumerable.Range(start, Math.Min(batch, cells - start))
                .Select(i => silo.Grains.GetGrain<ICellGrain>(CellKey.Pack(new Coordinate(i, 0)), "idle").AddNeighbourAsync(new NeighbourChange(1, 0, 1, LifeRule.Conway)).AsTask()));
        }
        var after = GC.GetTotalMemory(forceFullCollection: true);
        return (cells, (double)(after - before) / cells);
    }
}
