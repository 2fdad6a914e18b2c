namespace OrleansLife.Grains.Boards;

/// <summary>What lies beyond a board's edges.</summary>
[GenerateSerializer, Alias("Topology")]
public enum Topology
{
    /// <summary>Outside the edges every cell is dead (the hackathon's board).</summary>
    Bounded,

    /// <summary>Edges wrap around: leaving on the right enters on the left, leaving at the bottom enters at the top.</summary>
    Torus,

    /// <summary>An infinite plane; width and height only frame the initial pattern.</summary>
    Unbounded,
}
