using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrleansLife.Kubernetes.Pods;

/// <summary>One container of a pod: image, command, environment, resources and hardening.</summary>
public sealed class Container
{
    /// <summary>The container's name, unique within the pod.</summary>
    public string? Name { get; set; }

    /// <summary>The image reference.</summary>
    public string? Image { get; set; }

    /// <summary><c>Always</c>, <c>IfNotPresent</c> or <c>Never</c>.</summary>
    public string? ImagePullPolicy { get; set; }

    /// <summary>Replaces the image's entrypoint.</summary>
    public IList<string>? Command { get; set; }

    /// <summary>Arguments to the entrypoint.</summary>
    public IList<string>? Args { get; set; }

    /// <summary>Environment variables.</summary>
    public IList<EnvVar>? Env { get; set; }

    /// <summary>CPU and memory requests and limits.</summary>
    public ResourceRequirements? Resources { get; set; }

    /// <summary>Privilege and filesystem restrictions.</summary>
    public SecurityContext? SecurityContext { get; set; }

    /// <summary>Fields this client does not model, preserved verbatim.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
