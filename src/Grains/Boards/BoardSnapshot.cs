using OrleansLife.Grains.Boards.Pods;
using OrleansLife.Grains.Cells;

namespace OrleansLife.Grains.Boards;

/// <summary>A board at its latest completed generation, with its live cells in reading order.</summary>
[GenerateSerializer, Immutable, Alias("board-snapshot")]
public sealed record BoardSnapshot(
    [property: Id(0)] string Name,
    [property: Id(1)] long Generation,
    [property: Id(2)] int Population,
    [property: Id(3)] BoardGeometry Geometry,
    [property: Id(4)] string Rule,
    [property: Id(5)] BoardState State,
    [property: Id(6)] int TickMilliseconds,
    [property: Id(7)] long? MaxGenerations,
    [property: Id(8)] int LastBirths,
    [property: Id(9)] int LastDeaths,
    [property: Id(10)] DateTimeOffset CreatedAt,
    [property: Id(11)] IReadOnlyList<Coordinate> Cells)
{
    /// <summary>Whether generations wait for their pods.</summary>
    [Id(12)]
    public PodPacing Pacing { get; init; }

    /// <summary>With lockstep pacing, whether generations wait for Running pods.</summary>
    [Id(13)]
    public bool WaitForRunning { get; init; }

    /// <summary>The board's own pod cap, if it has one.</summary>
    [Id(14)]
    public int? MaxPods { get; init; }

    /// <summary>Why the board is in its state when it did not get there by request, e.g. paused at a pod cap.</summary>
    [Id(15)]
    public string? Message { get; init; }

    /// <summary>The board's pods; null when the silo runs without Kubernetes.</summary>
    [Id(16)]
    public BoardPodCounts? Pods { get; init; }

    /// <summary>The uid of the durable object the board was made from, if any.</summary>
    [Id(17)]
    public string? ResourceUid { get; init; }

    /// <summary>How many times the board has rebuilt its cells from its last complete generation, after a silo was lost.</summary>
    [Id(18)]
    public int Rebuilds { get; init; }
}
