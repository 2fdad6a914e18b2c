using OrleansLife.Grains.Reference;
using OrleansLife.Grains.Rules;

namespace OrleansLife.Bench.Engines;

/// <summary>
/// Births and deaths over a scenario, from the array engine stepped one generation at a time (untimed): the least work
/// any engine must do, against which the grain engine's messages per generation are read.
/// </summary>
public static class ChangeCount
{
    public static long Of(Scenario scenario)
    {
        var engine = new ArrayEngine(scenario.Geometry.Width, scenario.Geometry.Height, scenario.Geometry.Topology,
            LifeRule.Conway, scenario.Cells);
        long changes = 0;
        for (var generation = 0; generation < scenario.Generations; generation++)
        {
            engine.Step(1);
            changes += engine.LastBirths + engine.LastDeaths;
        }
        return changes;
    }
}
