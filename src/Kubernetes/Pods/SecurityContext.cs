using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrleansLife.Kubernetes.Pods;

/// <summary>A container's privilege restrictions, as the restricted Pod Security Standard requires them.</summary>
public sealed class SecurityContext
{
    /// <summary>Refuse to start the container as root.</summary>
    public bool? RunAsNonRoot { get; set; }

    /// <summary>Mount the root filesystem read-only.</summary>
    public bool? ReadOnlyRootFilesystem { get; set; }

    /// <summary>Whether a process may gain more privileges than its parent.</summary>
    public bool? AllowPrivilegeEscalation { get; set; }

    /// <summary>Linux capabilities to add or drop.</summary>
    public Capabilities? Capabilities { get; set; }

    /// <summary>Fields this client does not model (such as <c>seccompProfile</c>), preserved verbatim.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
