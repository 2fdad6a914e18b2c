namespace OrleansLife.Grains.Boards.Specs;

/// <summary>A random start state: each cell of the board is alive with probability <see cref="Density"/>.</summary>
[GenerateSerializer, Immutable, Alias("random-fill-spec")]
public sealed record RandomFillSpec
{
    /// <summary>Required: the probability that a cell starts alive, from 0 to 1.</summary>
    [Id(0)]
    public double? Density { get; init; }

    /// <summary>
    /// Seed of the generator. Default: derived from the board's name, so that the same spec always gives the same
    /// soup (an operator that converts a Board resource again after a restart must get the board it started).
    /// </summary>
    [Id(1)]
    public long? Seed { get; init; }
}
