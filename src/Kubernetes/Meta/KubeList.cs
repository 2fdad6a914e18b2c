using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrleansLife.Kubernetes.Meta;

/// <summary>One page of a collection (<c>PodList</c>, <c>BoardList</c>, …).</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class KubeList<T>
    where T : KubeObject
{
    /// <summary>The list's API version.</summary>
    public string? ApiVersion { get; set; }

    /// <summary>The list's kind, such as <c>PodList</c>.</summary>
    public string? Kind { get; set; }

    /// <summary>The collection's resource version and continue token.</summary>
    public ListMeta Metadata { get; set; } = new();

    /// <summary>The objects on this page.</summary>
    public IList<T> Items { get; set; } = [];

    /// <summary>Fields this client does not model, preserved verbatim.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
