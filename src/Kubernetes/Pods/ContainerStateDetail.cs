using System.Text.Json;
using System.Text.Json.Serialization;
using OrleansLife.Kubernetes.Serialization;

namespace OrleansLife.Kubernetes.Pods;

/// <summary>
/// Details of a waiting, running or terminated container; one shape for all three, since each only fills some of
/// the fields (waiting: reason, message; running: startedAt; terminated: all).
/// </summary>
public sealed class ContainerStateDetail
{
    /// <summary>Why the container is waiting or terminated, such as <c>ImagePullBackOff</c> or <c>Completed</c>.</summary>
    public string? Reason { get; set; }

    /// <summary>A human-readable explanation.</summary>
    public string? Message { get; set; }

    /// <summary>The exit code of a terminated container.</summary>
    public int? ExitCode { get; set; }

    /// <summary>When the container started.</summary>
    [JsonConverter(typeof(KubeTimeConverter))]
    public DateTimeOffset? StartedAt { get; set; }

    /// <summary>When a terminated container finished.</summary>
    [JsonConverter(typeof(KubeTimeConverter))]
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>Fields this client does not model, preserved verbatim.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
