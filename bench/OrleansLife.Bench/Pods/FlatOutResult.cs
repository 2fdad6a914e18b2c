namespace OrleansLife.Bench.Pods;

/// <summary>One scenario stepped flat out without pods and with them, and how long the pods took to catch up after.</summary>
public sealed record FlatOutResult(
    string Scenario, int Generations, TimeSpan WithoutPods, TimeSpan WithPods, TimeSpan CatchUp, bool PodsEqualPopulation, long PodWrites)
{
    /// <summary>How fast the board went with its pods, as a share of its speed without them (issue 8: at least 0.7).</summary>
    public double Ratio => WithoutPods / WithPods;

    public override string ToString() =>
        $"| {Scenario} | {Generations:N0} | {Generations / WithoutPods.TotalSeconds:F1} gen/s | {Generations / WithPods.TotalSeconds:F1} gen/s | " +
        $"**{Ratio:P0}** | {CatchUp.TotalSeconds:F2} s | {PodWrites:N0} | {(PodsEqualPopulation ? "yes" : "**no**")} |";

    public const string Header =
        "| scenario | generations | without pods | with pods | ratio (target ≥ 70 %) | pods caught up after | pod writes | pods = population |\n" +
        "|---|---|---|---|---|---|---|---|";
}
