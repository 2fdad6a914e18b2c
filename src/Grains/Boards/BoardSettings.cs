using OrleansLife.Grains.Boards.Pods;

namespace OrleansLife.Grains.Boards;

/// <summary>
/// What may change while a board runs: its speed, where it stops, and how it treats its pods. Its size, topology, rule
/// and start state are what the board is, and cannot change.
/// </summary>
[GenerateSerializer, Immutable, Alias("board-settings")]
public sealed record BoardSettings(
    [property: Id(0)] int TickMilliseconds,
    [property: Id(1)] long? MaxGenerations,
    [property: Id(2)] PodPacing Pacing,
    [property: Id(3)] bool WaitForRunning,
    [property: Id(4)] int PodTimeoutMilliseconds,
    [property: Id(5)] int? MaxPods)
{
    /// <summary>The settings of <paramref name="definition"/>.</summary>
    public static BoardSettings Of(BoardDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return new BoardSettings(definition.TickMilliseconds, definition.MaxGenerations, definition.Pacing, definition.WaitForRunning,
            definition.PodTimeoutMilliseconds, definition.MaxPods);
    }

    /// <summary><paramref name="definition"/> with these settings.</summary>
    public BoardDefinition ApplyTo(BoardDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return definition with
        {
            TickMilliseconds = TickMilliseconds,
            MaxGenerations = MaxGenerations,
            Pacing = Pacing,
            WaitForRunning = WaitForRunning,
            PodTimeoutMilliseconds = PodTimeoutMilliseconds,
            MaxPods = MaxPods,
        };
    }
}
