using OrleansLife.Kubernetes.Meta;
using OrleansLife.Kubernetes.Watching;

namespace OrleansLife.Kubernetes.Client;

/// <summary>
/// Typed operations on one resource type. A <c>namespace</c> argument of null means the client's default namespace,
/// <see cref="KubeResources.AllNamespaces"/> spans all of them (lists, watches, delete-collection), and it is ignored
/// for cluster-scoped resources. Failures surface as <see cref="Errors.KubeApiException"/> subclasses.
/// </summary>
/// <typeparam name="T">The object type.</typeparam>
public interface IKubeResourceClient<T>
    where T : KubeObject
{
    /// <summary>The resource type this client operates on.</summary>
    KubeResource Resource { get; }

    /// <summary>POSTs a new object into <c>metadata.namespace</c> (or the default). Not retried after it may have
    /// reached the server; a caller that retries it should treat <see cref="Errors.KubeAlreadyExistsException"/> as success.</summary>
    Task<T> CreateAsync(T item, CancellationToken cancellationToken = default);

    /// <summary>Reads one object.</summary>
    Task<T> GetAsync(string name, string? @namespace = null, CancellationToken cancellationToken = default);

    /// <summary>Reads one page of the collection.</summary>
    Task<KubeList<T>> ListAsync(string? @namespace = null, ListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes one object; returns its terminating state, or null when the server answered with a Status.</summary>
    Task<T?> DeleteAsync(string name, string? @namespace = null, DeleteOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes every object the list options select.</summary>
    Task DeleteCollectionAsync(
        string? @namespace = null, ListOptions? listOptions = null, DeleteOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Applies a JSON merge patch (RFC 7386). Properties serialized as null are omitted, so to remove a
    /// field pass a <see cref="System.Text.Json.Nodes.JsonNode"/> with an explicit null.</summary>
    Task<T> PatchAsync(string name, object patch, string? @namespace = null, CancellationToken cancellationToken = default);

    /// <summary>PUTs the whole object; a set <c>metadata.resourceVersion</c> makes it fail with
    /// <see cref="Errors.KubeConflictException"/> if the object changed since it was read.</summary>
    Task<T> ReplaceAsync(T item, CancellationToken cancellationToken = default);

    /// <summary>PUTs the object's <c>status</c> subresource (the spec in the body is ignored by the server).</summary>
    Task<T> ReplaceStatusAsync(T item, CancellationToken cancellationToken = default);

    /// <summary>Applies a JSON merge patch to the <c>status</c> subresource.</summary>
    Task<T> PatchStatusAsync(string name, object patch, string? @namespace = null, CancellationToken cancellationToken = default);

    /// <summary>Streams changes from <see cref="ListOptions.ResourceVersion"/> on. Ends when the server closes the
    /// watch; throws <see cref="Errors.KubeGoneException"/> when that version is too old (list again), and an
    /// <see cref="IOException"/> when the connection drops.</summary>
    IAsyncEnumerable<WatchEvent<T>> WatchAsync(
        string? @namespace = null, ListOptions? options = null, CancellationToken cancellationToken = default);
}
