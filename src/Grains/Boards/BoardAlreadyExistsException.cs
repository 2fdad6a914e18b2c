namespace OrleansLife.Grains.Boards;

/// <summary>Thrown when a board is created under a name that is already taken.</summary>
[GenerateSerializer, Alias("BoardAlreadyExistsException")]
public sealed class BoardAlreadyExistsException(string name) : Exception($"A board named '{name}' already exists.")
{
    [Id(0)]
    public string Board { get; } = name;
}
