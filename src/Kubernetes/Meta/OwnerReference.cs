using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrleansLife.Kubernetes.Meta;

/// <summary>Points from a dependent object to its owner, so the garbage collector removes the dependent with it.</summary>
public sealed class OwnerReference
{
    /// <summary>The owner's API version.</summary>
    public string? ApiVersion { get; set; }

    /// <summary>The owner's kind.</summary>
    public string? Kind { get; set; }

    /// <summary>The owner's name.</summary>
    public string? Name { get; set; }

    /// <summary>The owner's UID.</summary>
    public string? Uid { get; set; }

    /// <summary>True when the owner is the managing controller.</summary>
    public bool? Controller { get; set; }

    /// <summary>True when foreground deletion of the owner waits for this dependent.</summary>
    public bool? BlockOwnerDeletion { get; set; }

    /// <summary>Fields this client does not model, preserved verbatim.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
