namespace OrleansLife.Grains.Boards;

/// <summary>Thrown by a board grain asked about a board that was never created or has been deleted.</summary>
public sealed class BoardNotFoundException(string name) : Exception($"Board '{name}' does not exist.")
{
    public string Board { get; } = name;
}
