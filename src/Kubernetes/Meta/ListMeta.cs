using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrleansLife.Kubernetes.Meta;

/// <summary>Metadata of a list: the version to watch from and the token for the next page.</summary>
public sealed class ListMeta
{
    /// <summary>The collection's version at the time of the list; watch from here to miss nothing.</summary>
    public string? ResourceVersion { get; set; }

    /// <summary>Token for the next page; empty on the last one.</summary>
    public string? Continue { get; set; }

    /// <summary>How many items remain after this page, when the server knows.</summary>
    public long? RemainingItemCount { get; set; }

    /// <summary>Fields this client does not model, preserved verbatim.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
