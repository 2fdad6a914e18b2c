using k8s;

namespace OrleansLife.Operator.Client;

/// <summary>The configuration the silo's <see cref="IKubernetes"/> was made with, and the namespace its calls default to.</summary>
public sealed class KubeConnectionSettings(KubernetesClientConfiguration configuration)
{
    /// <summary>The server, credentials and namespace.</summary>
    public KubernetesClientConfiguration Configuration { get; } = configuration;

    /// <summary>The namespace calls use when they name none: the configuration's, else <c>default</c>.</summary>
    public string DefaultNamespace => KubeClientFactory.DefaultNamespace(Configuration);
}
