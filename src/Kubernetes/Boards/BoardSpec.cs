using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrleansLife.Kubernetes.Boards;

/// <summary>
/// The desired game: board size and topology, rule, the initial pattern (by name, RLE, plain text or random), and
/// pacing. Unset members are left to the operator's defaults.
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

    /// <summary>An initial pattern in plain text, one row per line (<c>.</c> dead, <c>O</c> or <c>*</c> alive).</summary>
    public string? Text { get; set; }

    /// <summary>A random soup instead of a pattern.</summary>
    public BoardRandom? Random { get; set; }

    /// <summary>Milliseconds between generations.</summary>
    public int? TickMilliseconds { get; set; }

    /// <summary>Stop after this many generations.</summary>
    public long? MaxGenerations { get; set; }

    /// <summary>Column at which the pattern's top-left corner is placed.</summary>
    public int? OffsetX { get; set; }

    /// <summary>Row at which the pattern's top-left corner is placed.</summary>
    public int? OffsetY { get; set; }

    /// <summary><c>follow</c> (generations may run ahead of the pods) or <c>lockstep</c> (they wait for the pods).</summary>
    public string? Pacing { get; set; }

    /// <summary>Whether a generation waits for every live cell's pod to be Running.</summary>
    public bool? WaitForRunning { get; set; }

    /// <summary>The most pods the board may run at once.</summary>
    public int? MaxPods { get; set; }

    /// <summary>Fields this client does not model, preserved verbatim.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
