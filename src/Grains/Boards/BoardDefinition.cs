using OrleansLife.Grains.Boards.Pods;
using OrleansLife.Grains.Cells;
using OrleansLife.Grains.Rules;

namespace OrleansLife.Grains.Boards;

/// <summary>
/// Everything needed to start a board, already validated: its geometry, its rule, the live cells of generation 0
/// (placed on the board), and how fast it runs.
/// </summary>
[GenerateSerializer, Immutable, Alias("board-definition")]
public sealed record BoardDefinition
{
    [Id(0)]
    public required string Name { get; init; }

    [Id(1)]
    public required BoardGeometry Geometry { get; init; }

    [Id(2)]
    public LifeRule Rule { get; init; } = LifeRule.Conway;

    [Id(3)]
    public required IReadOnlyList<Coordinate> InitialCells { get; init; }

    /// <summary>Time between generations while running; 0 runs as fast as the cells can go. Default 500 ms.</summary>
    [Id(4)]
    public int TickMilliseconds { get; init; } = 500;

    /// <summary>The generation at which a running board stops by itself; null runs forever.</summary>
    [Id(5)]
    public long? MaxGenerations { get; init; }

    /// <summary>Whether the board starts paused rather than running.</summary>
    [Id(6)]
    public bool StartPaused { get; init; }

    /// <summary>Whether generations wait for their pods. Default <see cref="PodPacing.Follow"/>.</summary>
    [Id(7)]
    public PodPacing Pacing { get; init; }

    /// <summary>With <see cref="PodPacing.Lockstep"/>: whether the pods must be Running, not only exist.</summary>
    [Id(8)]
    public bool WaitForRunning { get; init; }

    /// <summary>With <see cref="PodPacing.Lockstep"/>: how long a generation waits for its pods before going on. Default 10 s.</summary>
    [Id(9)]
    public int PodTimeoutMilliseconds { get; init; } = 10_000;

    /// <summary>The board's own cap on its pods, below the operator's; a generation with more live cells pauses it.</summary>
    [Id(10)]
    public int? MaxPods { get; init; }

    /// <summary>The uid of the durable object (a Kubernetes Board) this board was made from; null when there is none.</summary>
    [Id(11)]
    public string? ResourceUid { get; init; }

    /// <summary>Where to resume from instead of <see cref="InitialCells"/> at generation 0, after a restart.</summary>
    [Id(12)]
    public BoardCheckpoint? ResumeFrom { get; init; }
}
