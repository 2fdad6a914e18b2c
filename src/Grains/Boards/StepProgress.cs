namespace OrleansLife.Grains.Boards;

/// <summary>A step's board as it was when the wait ended, and the generation the step will reach.</summary>
[GenerateSerializer, Immutable, Alias("step-progress")]
public sealed record StepProgress([property: Id(0)] BoardSnapshot Board, [property: Id(1)] long TargetGeneration)
{
    /// <summary>Whether the board had reached the step's generation when the wait ended.</summary>
    public bool Done => Board.Generation >= TargetGeneration;
}
