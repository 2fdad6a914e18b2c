namespace OrleansLife.Grains.Boards;

/// <summary>Thrown by a board grain asked about a board that was never created or has been deleted.</summary>
[GenerateSerializer, Alias("BoardNotFoundException")]
public sealed class BoardNotFoundException(string name) : Exception($"Board '{name}' does not exist.")
{
    [Id(0)]
    public string Board { get; } = name;
}
