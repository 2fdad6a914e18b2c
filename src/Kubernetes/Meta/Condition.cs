using System.Text.Json;
using System.Text.Json.Serialization;
using OrleansLife.Kubernetes.Serialization;

namespace OrleansLife.Kubernetes.Meta;

/// <summary>
/// One observation of an object's state, shaped like both <c>metav1.Condition</c> (boards) and
/// <c>PodCondition</c> (pods); fields one of them lacks stay null.
/// </summary>
public sealed class Condition
{
    /// <summary>The kind of condition, such as <c>Ready</c>.</summary>
    public string? Type { get; set; }

    /// <summary><c>True</c>, <c>False</c> or <c>Unknown</c>.</summary>
    public string? Status { get; set; }

    /// <summary>The object generation this condition was computed from.</summary>
    public long? ObservedGeneration { get; set; }

    /// <summary>When the condition was last probed (pods only).</summary>
    [JsonConverter(typeof(KubeTimeConverter))]
    public DateTimeOffset? LastProbeTime { get; set; }

    /// <summary>When <see cref="Status"/> last changed.</summary>
    [JsonConverter(typeof(KubeTimeConverter))]
    public DateTimeOffset? LastTransitionTime { get; set; }

    /// <summary>A machine-readable CamelCase reason for the last transition.</summary>
    public string? Reason { get; set; }

    /// <summary>A human-readable explanation.</summary>
    public string? Message { get; set; }

    /// <summary>Fields this client does not model, preserved verbatim.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
