namespace OrleansLife.Grains.Boards;

/// <summary>Whether a board advances on its own.</summary>
[GenerateSerializer, Alias("BoardState")]
public enum BoardState
{
    /// <summary>Advances one generation every tick.</summary>
    Running,

    /// <summary>Advances only when stepped.</summary>
    Paused,

    /// <summary>Reached its maximum generation; stepping still works.</summary>
    Completed,
}
