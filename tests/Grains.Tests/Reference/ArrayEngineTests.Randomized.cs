using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Patterns;
using OrleansLife.Grains.Reference;
using OrleansLife.Grains.Rules;

namespace OrleansLife.Grains.Tests.Reference;

// Random soups under several rules, generation by generation against NaiveLife.
public sealed partial class ArrayEngineTests
{
    [Theory]
    [InlineData(Topology.Bounded, "B3/S23")]
    [InlineData(Topology.Bounded, "B36/S23")]
    [InlineData(Topology.Bounded, "B0/S8")]
    [InlineData(Topology.Torus, "B3/S23")]
    [InlineData(Topology.Torus, "B3678/S34678")]
    [InlineData(Topology.Torus, "B0/S8")]
    [InlineData(Topology.Unbounded, "B3/S23")]
    [InlineData(Topology.Unbounded, "B2/S")]
    [InlineData(Topology.Unbounded, "B36/S23")]
    public void Step_RandomSoup_MatchesNaiveLife(Topology topology, string ruleText)
    {
        var rule = LifeRule.Parse(ruleText);
        for (var seed = 1UL; seed <= 12; seed++)
        {
            // Sizes from 3 (the smallest torus, where a cell's neighbours overlap) to 14.
            var width = 3 + (int)(seed * 7 % 12);
            var height = 3 + (int)(seed * 5 % 12);
            var soup = RandomFill.Generate(width, height, 0.4, seed);
            var engine = new ArrayEngine(width, height, topology, rule, soup);
            var naive = new NaiveLife(width, height, topology, rule, soup);

            for (var generation = 1; generation <= 30; generation++)
            {
                var before = engine.LiveCells();
                engine.Step();
                naive.Step();
                var after = engine.LiveCells();

                after.ShouldBe(naive.LiveCells(), $"seed {seed}, generation {generation}");
                engine.Population.ShouldBe(after.Count);
                engine.LastBirths.ShouldBe(after.Except(before).Count());
                engine.LastDeaths.ShouldBe(before.Except(after).Count());
            }
        }
    }
}
