namespace OrleansLife.Grains.Boards;

/// <summary>Thrown when a board is created under a name that is already taken.</summary>
public sealed class BoardAlreadyExistsException(string name) : Exception($"A board named '{name}' already exists.")
{
    public string Board { get; } = name;
}
