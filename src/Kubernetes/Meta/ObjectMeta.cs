using System.Text.Json;
using System.Text.Json.Serialization;
using OrleansLife.Kubernetes.Serialization;

namespace OrleansLife.Kubernetes.Meta;

/// <summary>The standard metadata every persisted Kubernetes object carries (<c>metav1.ObjectMeta</c>).</summary>
public sealed class ObjectMeta
{
    /// <summary>Unique name within the namespace.</summary>
    public string? Name { get; set; }

    /// <summary>Prefix from which the server generates a unique name when <see cref="Name"/> is empty.</summary>
    public string? GenerateName { get; set; }

    /// <summary>The namespace; empty for cluster-scoped objects.</summary>
    public string? Namespace { get; set; }

    /// <summary>Server-assigned identity, unique across the cluster's lifetime.</summary>
    public string? Uid { get; set; }

    /// <summary>Opaque version used for optimistic concurrency and as a watch bookmark.</summary>
    public string? ResourceVersion { get; set; }

    /// <summary>Incremented by the server on every change to the desired state (spec).</summary>
    public long? Generation { get; set; }

    /// <summary>When the object was created.</summary>
    [JsonConverter(typeof(KubeTimeConverter))]
    public DateTimeOffset? CreationTimestamp { get; set; }

    /// <summary>When graceful deletion began; set only on objects being deleted.</summary>
    [JsonConverter(typeof(KubeTimeConverter))]
    public DateTimeOffset? DeletionTimestamp { get; set; }

    /// <summary>Seconds the object is allowed to take to terminate gracefully.</summary>
    public long? DeletionGracePeriodSeconds { get; set; }

    /// <summary>Identifying key/value pairs that selectors match.</summary>
    public IDictionary<string, string>? Labels { get; set; }

    /// <summary>Non-identifying key/value pairs for tools and controllers.</summary>
    public IDictionary<string, string>? Annotations { get; set; }

    /// <summary>Objects this one depends on; the garbage collector deletes it when they are gone.</summary>
    public IList<OwnerReference>? OwnerReferences { get; set; }

    /// <summary>Keys that must be removed before the object is deleted.</summary>
    public IList<string>? Finalizers { get; set; }

    /// <summary>Fields this client does not model (such as <c>managedFields</c>), preserved verbatim.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
