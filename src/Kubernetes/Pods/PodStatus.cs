using System.Text.Json;
using System.Text.Json.Serialization;
using OrleansLife.Kubernetes.Meta;

namespace OrleansLife.Kubernetes.Pods;

/// <summary>What the kubelet last reported about a pod.</summary>
public sealed class PodStatus
{
    /// <summary><c>Pending</c>, <c>Running</c>, <c>Succeeded</c>, <c>Failed</c> or <c>Unknown</c>.</summary>
    public string? Phase { get; set; }

    /// <summary>Conditions such as <c>PodScheduled</c> and <c>Ready</c>.</summary>
    public IList<Condition>? Conditions { get; set; }

    /// <summary>The pod's IP address, once assigned.</summary>
    public string? PodIP { get; set; }

    /// <summary>One entry per container.</summary>
    public IList<ContainerStatus>? ContainerStatuses { get; set; }

    /// <summary>Fields this client does not model, preserved verbatim.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
