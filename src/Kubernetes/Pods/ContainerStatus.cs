using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrleansLife.Kubernetes.Pods;

/// <summary>What the kubelet last reported about one container of a pod.</summary>
public sealed class ContainerStatus
{
    /// <summary>The container's name.</summary>
    public string? Name { get; set; }

    /// <summary>The image the container runs.</summary>
    public string? Image { get; set; }

    /// <summary>Whether the container passes its readiness probe.</summary>
    public bool? Ready { get; set; }

    /// <summary>Whether the container has started.</summary>
    public bool? Started { get; set; }

    /// <summary>How many times the container has restarted.</summary>
    public int? RestartCount { get; set; }

    /// <summary>Waiting, running or terminated, with details.</summary>
    public ContainerState? State { get; set; }

    /// <summary>Fields this client does not model, preserved verbatim.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
