using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrleansLife.Kubernetes.Pods;

/// <summary>What a pod should run and how it should be stopped.</summary>
public sealed class PodSpec
{
    /// <summary>The containers to run.</summary>
    public IList<Container> Containers { get; set; } = [];

    /// <summary>Seconds between SIGTERM and SIGKILL when the pod is deleted.</summary>
    public long? TerminationGracePeriodSeconds { get; set; }

    /// <summary><c>Always</c>, <c>OnFailure</c> or <c>Never</c>.</summary>
    public string? RestartPolicy { get; set; }

    /// <summary>The node the pod is bound to, once scheduled.</summary>
    public string? NodeName { get; set; }

    /// <summary>Fields this client does not model, preserved verbatim.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
