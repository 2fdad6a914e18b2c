using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrleansLife.Kubernetes.Pods;

/// <summary>Compute resources a container asks for and may not exceed, as quantities such as <c>10m</c> or <c>16Mi</c>.</summary>
public sealed class ResourceRequirements
{
    /// <summary>What the scheduler reserves, by resource name (<c>cpu</c>, <c>memory</c>).</summary>
    public IDictionary<string, string>? Requests { get; set; }

    /// <summary>The most the container may use, by resource name.</summary>
    public IDictionary<string, string>? Limits { get; set; }

    /// <summary>Fields this client does not model, preserved verbatim.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
