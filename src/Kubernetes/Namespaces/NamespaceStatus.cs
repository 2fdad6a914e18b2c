using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrleansLife.Kubernetes.Namespaces;

/// <summary>Whether a namespace is usable or on its way out.</summary>
public sealed class NamespaceStatus
{
    /// <summary><c>Active</c> or <c>Terminating</c>.</summary>
    public string? Phase { get; set; }

    /// <summary>Fields this client does not model (such as <c>conditions</c>), preserved verbatim.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
