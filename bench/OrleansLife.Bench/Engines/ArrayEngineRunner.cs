using System.Diagnostics;
using OrleansLife.Grains.Reference;
using OrleansLife.Grains.Rules;

namespace OrleansLife.Bench.Engines;

/// <summary>Runs a scenario on the plain two-dimensional array engine: the baseline.</summary>
public static class ArrayEngineRunner
{
    public static EngineRun Run(Scenario scenario)
    {
        var engine = new ArrayEngine(scenario.Geometry.Width, scenario.Geometry.Height, scenario.Geometry.Topology,
            LifeRule.Conway, scenario.Cells);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        engine.Step(scenario.Generations);
        clock.Stop();
        return new EngineRun(scenario.Generations, clock.Elapsed, engine.Population,
            GC.GetTotalAllocatedBytes(precise: true) - allocated);
    }
}
