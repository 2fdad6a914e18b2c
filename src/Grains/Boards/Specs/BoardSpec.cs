namespace OrleansLife.Grains.Boards.Specs;

/// <summary>
/// A request for a new board, as plain data: the body of <c>POST /api/boards</c> today, the spec of a Kubernetes Board
/// resource tomorrow. Nothing here is checked; <see cref="BoardSpecs.TryCreateDefinition"/> validates it and turns it
/// into a <see cref="BoardDefinition"/>. Exactly one start state is given: <see cref="Pattern"/>, <see cref="Rle"/>,
/// <see cref="Text"/>, <see cref="Cells"/> or <see cref="Random"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("board-spec")]
public sealed record BoardSpec
{
    /// <summary>Required: a DNS-1123 label (lower-case letters, digits, '-') of at most <see cref="BoardNames.MaxLength"/> characters.</summary>
    [Id(0)]
    public string? Name { get; init; }

    /// <summary>Required: columns, from 1 to <see cref="BoardLimits.MaxWidth"/> (at least 3 on a torus).</summary>
    [Id(1)]
    public int? Width { get; init; }

    /// <summary>Required: rows, from 1 to <see cref="BoardLimits.MaxHeight"/> (at least 3 on a torus).</summary>
    [Id(2)]
    public int? Height { get; init; }

    /// <summary><c>bounded</c>, <c>torus</c> or <c>unbounded</c>, in any case. Default <c>bounded</c>.</summary>
    [Id(3)]
    public string? Topology { get; init; }

    /// <summary>The rule in B/S notation. Default: the pattern's own rule if its file names one, else <c>B3/S23</c>.</summary>
    [Id(4)]
    public string? Rule { get; init; }

    /// <summary>Start state: the name of a pattern in the built-in library, such as <c>glider</c>.</summary>
    [Id(5)]
    public string? Pattern { get; init; }

    /// <summary>Start state: a pattern in Run Length Encoded form (header line <c>x = …, y = …</c> included).</summary>
    [Id(6)]
    public string? Rle { get; init; }

    /// <summary>Start state: words drawn with the built-in bitmap font ('\n' starts a new line).</summary>
    [Id(7)]
    public string? Text { get; init; }

    /// <summary>
    /// Start state: live cells as <c>[x, y]</c> pairs in board coordinates. Unlike a pattern they are not centred; the
    /// offsets, when given, move them.
    /// </summary>
    [Id(8)]
    public IReadOnlyList<int[]>? Cells { get; init; }

    /// <summary>Start state: a random soup over the whole board.</summary>
    [Id(9)]
    public RandomFillSpec? Random { get; init; }

    /// <summary>Milliseconds between generations while running, 0 to 60000; 0 runs flat out. Default 500.</summary>
    [Id(10)]
    public int? TickMilliseconds { get; init; }

    /// <summary>The generation at which a running board stops by itself, 0 or more. Default: never.</summary>
    [Id(11)]
    public long? MaxGenerations { get; init; }

    /// <summary>Column of the pattern's left edge. Default: the pattern is centred (cells: 0).</summary>
    [Id(12)]
    public int? OffsetX { get; init; }

    /// <summary>Row of the pattern's top edge. Default: the pattern is centred (cells: 0).</summary>
    [Id(13)]
    public int? OffsetY { get; init; }

    /// <summary>Whether the board starts paused, moving only when stepped. Default false.</summary>
    [Id(14)]
    public bool? Paused { get; init; }

    /// <summary><c>follow</c> (pods chase the newest generation) or <c>lockstep</c> (each generation waits for its pods), in any case. Default <c>follow</c>.</summary>
    [Id(15)]
    public string? Pacing { get; init; }

    /// <summary>With lockstep pacing: whether a generation waits for its pods to be Running, not only to exist. Default false.</summary>
    [Id(16)]
    public bool? WaitForRunning { get; init; }

    /// <summary>With lockstep pacing: milliseconds a generation waits for its pods before going on, 1 to 600000. Default 10000.</summary>
    [Id(17)]
    public int? PodTimeoutMilliseconds { get; init; }

    /// <summary>The board's own cap on its pods, 0 or more, within the operator's caps: a generation with more live cells pauses the board.</summary>
    [Id(18)]
    public int? MaxPods { get; init; }
}
