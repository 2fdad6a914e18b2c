using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrleansLife.Kubernetes.Pods;

/// <summary>Linux capabilities added to or dropped from a container, such as <c>drop: [ALL]</c>.</summary>
public sealed class Capabilities
{
    /// <summary>Capabilities to add.</summary>
    public IList<string>? Add { get; set; }

    /// <summary>Capabilities to drop.</summary>
    public IList<string>? Drop { get; set; }

    /// <summary>Fields this client does not model, preserved verbatim.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
