using OrleansLife.Grains.Boards.Pods;
using OrleansLife.Grains.Cells;

namespace OrleansLife.Grains.Boards;

/// <summary>A board at its latest completed generation, with its live cells in reading order.</summary>
public sealed record BoardSnapshot(
    string Name,
    long Generation,
    int Population,
    BoardGeometry Geometry,
    string Rule,
    BoardState State,
    int TickMilliseconds,
    long? MaxGenerations,
    int LastBirths,
    int LastDeaths,
    DateTimeOffset CreatedAt,
    IReadOnlyList<Coordinate> Cells)
{
    /// <summary>Whether generations wait for their pods.</summary>
    public PodPacing Pacing { get; init; }

    /// <summary>With lockstep pacing, whether generations wait for Running pods.</summary>
    public bool WaitForRunning { get; init; }

    /// <summary>The board's own pod cap, if it has one.</summary>
    public int? MaxPods { get; init; }

    /// <summary>Why the board is in its state when it did not get there by request, e.g. paused at a pod cap.</summary>
    public string? Message { get; init; }

    /// <summary>The board's pods; null when the silo runs without Kubernetes.</summary>
    public BoardPodCounts? Pods { get; init; }

    /// <summary>The uid of the durable object the board was made from, if any.</summary>
    public string? ResourceUid { get; init; }
}
