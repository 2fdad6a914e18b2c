using OrleansLife.Bench.Engines;

namespace OrleansLife.Bench.Game;

/// <summary>One scenario's median runs on both engines, the silos the grains ran on, and the births and deaths it had.</summary>
public sealed record ScenarioResult(Scenario Scenario, int Silos, EngineRun Grains, EngineRun Array, long Changes);
