using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrleansLife.Kubernetes.Pods;

/// <summary>A literal environment variable of a container.</summary>
public sealed class EnvVar
{
    /// <summary>The variable's name.</summary>
    public string? Name { get; set; }

    /// <summary>The variable's value.</summary>
    public string? Value { get; set; }

    /// <summary>Fields this client does not model (such as <c>valueFrom</c>), preserved verbatim.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
