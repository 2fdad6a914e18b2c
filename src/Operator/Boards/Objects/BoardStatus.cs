using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrleansLife.Operator.Boards.Objects;

/// <summary>The operator's report on a board: phase, generation reached, population, and pod counts.</summary>
public sealed class BoardStatus
{
    /// <summary>Such as <c>Pending</c>, <c>Running</c>, <c>Paused</c>, <c>Completed</c> or <c>Failed</c>.</summary>
    public string? Phase { get; set; }

    /// <summary>Why the board is in its phase when no request put it there, such as a spec error or a pod cap.</summary>
    public string? Message { get; set; }

    /// <summary>The <c>metadata.generation</c> of the spec this status reflects.</summary>
    public long? ObservedGeneration { get; set; }

    /// <summary>The Life generation reached (not <c>metadata.generation</c>).</summary>
    public long? Generation { get; set; }

    /// <summary>Live cells in that generation.</summary>
    public int? Population { get; set; }

    /// <summary>Pods the live cells call for.</summary>
    public int? PodsDesired { get; set; }

    /// <summary>Pods that exist.</summary>
    public int? PodsExisting { get; set; }

    /// <summary>Pods in phase Running.</summary>
    public int? PodsRunning { get; set; }

    /// <summary>Conditions such as <c>Ready</c> or <c>Stable</c>.</summary>
    public IList<BoardCondition>? Conditions { get; set; }

    /// <summary>The live cells, written as <c>[[x,y],…]</c>.</summary>
    public IList<BoardCell>? Cells { get; set; }

    /// <summary>Fields this client does not model, preserved verbatim.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
