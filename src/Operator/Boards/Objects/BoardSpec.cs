using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrleansLife.Operator.Boards.Objects;

/// <summary>
/// The desired game, field for field the body of the HTTP API's <c>POST /api/boards</c> without the name (which is the
/// object's): board size and topology, rule, one start state (pattern, RLE, text, cells or random), speed, pacing and
/// the pod cap. Unset members take the same defaults as in the API.
/// </summary>
public sealed class BoardSpec
{
    /// <summary>Columns.</summary>
    public int? Width { get; set; }

    /// <summary>Rows.</summary>
    public int? Height { get; set; }

    /// <summary><c>bounded</c>, <c>torus</c> or <c>unbounded</c>.</summary>
    public string? Topology { get; set; }

    /// <summary>The rule in B/S notation, such as <c>B3/S23</c>.</summary>
    public string? Rule { get; set; }

    /// <summary>A named pattern from the library, such as <c>glider</c>.</summary>
    public string? Pattern { get; set; }

    /// <summary>An initial pattern in run-length encoding.</summary>
    public string? Rle { get; set; }

    /// <summary>Words drawn in live cells with the built-in bitmap font, such as <c>HELLO</c> (<c>\n</c> starts a new line).</summary>
    public string? Text { get; set; }

    /// <summary>Live cells in board coordinates, written as <c>[[x,y],…]</c>.</summary>
    public IList<BoardCell>? Cells { get; set; }

    /// <summary>A random soup instead of a pattern.</summary>
    public BoardRandom? Random { get; set; }

    /// <summary>Milliseconds between generations; 0 runs flat out.</summary>
    public int? TickMilliseconds { get; set; }

    /// <summary>Stop after this many generations.</summary>
    public long? MaxGenerations { get; set; }

    /// <summary>Column of the pattern's left edge; unset centres it.</summary>
    public int? OffsetX { get; set; }

    /// <summary>Row of the pattern's top edge; unset centres it.</summary>
    public int? OffsetY { get; set; }

    /// <summary>Whether the board is paused: it moves only when stepped. Patch it to pause or resume a running board.</summary>
    public bool? Paused { get; set; }

    /// <summary><c>follow</c> (generations may run ahead of the pods) or <c>lockstep</c> (they wait for the pods).</summary>
    public string? Pacing { get; set; }

    /// <summary>With lockstep pacing: whether a generation waits for every live cell's pod to be Running.</summary>
    public bool? WaitForRunning { get; set; }

    /// <summary>With lockstep pacing: how long a generation waits for its pods before going on.</summary>
    public int? PodTimeoutMilliseconds { get; set; }

    /// <summary>The most pods the board may have at once; a generation with more live cells pauses it.</summary>
    public int? MaxPods { get; set; }

    /// <summary>Fields this client does not model, preserved verbatim.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
