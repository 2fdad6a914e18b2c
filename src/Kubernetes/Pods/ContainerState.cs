using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrleansLife.Kubernetes.Pods;

/// <summary>A container's state; exactly one of the three members is set.</summary>
public sealed class ContainerState
{
    /// <summary>Set while the container waits to start, such as for its image.</summary>
    public ContainerStateDetail? Waiting { get; set; }

    /// <summary>Set while the container runs.</summary>
    public ContainerStateDetail? Running { get; set; }

    /// <summary>Set once the container has exited.</summary>
    public ContainerStateDetail? Terminated { get; set; }

    /// <summary>Fields this client does not model, preserved verbatim.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
