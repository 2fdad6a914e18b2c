using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrleansLife.Kubernetes.Meta;

/// <summary>
/// A top-level Kubernetes object: type information plus <see cref="ObjectMeta"/>. Fields this client does not model
/// are kept in <see cref="ExtensionData"/> so a read-modify-write never drops them.
/// </summary>
public abstract class KubeObject
{
    /// <summary>Creates an object of the given API version and kind.</summary>
    protected KubeObject(string apiVersion, string kind)
    {
        ApiVersion = apiVersion;
        Kind = kind;
    }

    /// <summary>The versioned schema, such as <c>v1</c> or <c>orleanslife.io/v1</c>.</summary>
    [JsonPropertyOrder(-3)]
    public string? ApiVersion { get; set; }

    /// <summary>The object's kind, such as <c>Pod</c>.</summary>
    [JsonPropertyOrder(-2)]
    public string? Kind { get; set; }

    /// <summary>Name, namespace, labels and the rest of the standard metadata.</summary>
    [JsonPropertyOrder(-1)]
    public ObjectMeta Metadata { get; set; } = new();

    /// <summary>Fields this client does not model, preserved verbatim.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
