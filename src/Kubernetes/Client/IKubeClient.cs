using OrleansLife.Kubernetes.Meta;

namespace OrleansLife.Kubernetes.Client;

/// <summary>
/// The seam between OrleansLife and the Kubernetes API: hands out typed clients per resource type. OrleansLife's
/// <see cref="KubeClient"/> implements it; an adapter over the official client could replace it.
/// </summary>
public interface IKubeClient
{
    /// <summary>The namespace calls use when they name none.</summary>
    string DefaultNamespace { get; }

    /// <summary>A client for objects of type <typeparamref name="T"/> served as <paramref name="resource"/>.</summary>
    IKubeResourceClient<T> Resource<T>(KubeResource resource)
        where T : KubeObject;
}
