using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrleansLife.Operator.Boards.Objects;

/// <summary>
/// One observation of a board's state, a <c>metav1.Condition</c>. Ours rather than the library's <c>V1Condition</c>,
/// whose transition time cannot be left out, as the status fingerprint needs.
/// </summary>
public sealed class BoardCondition
{
    /// <summary>The kind of condition, such as <c>Ready</c>.</summary>
    public string? Type { get; set; }

    /// <summary><c>True</c>, <c>False</c> or <c>Unknown</c>.</summary>
    public string? Status { get; set; }

    /// <summary>The object generation this condition was computed from.</summary>
    public long? ObservedGeneration { get; set; }

    /// <summary>When <see cref="Status"/> last changed.</summary>
    [JsonConverter(typeof(RfcTimeConverter))]
    public DateTimeOffset? LastTransitionTime { get; set; }

    /// <summary>A machine-readable CamelCase reason for the last transition.</summary>
    public string? Reason { get; set; }

    /// <summary>A human-readable explanation.</summary>
    public string? Message { get; set; }

    /// <summary>Fields this client does not model, preserved verbatim.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
