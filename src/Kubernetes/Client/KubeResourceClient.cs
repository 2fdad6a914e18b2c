using System.Text.Json;
using OrleansLife.Kubernetes.Meta;
using OrleansLife.Kubernetes.Serialization;

namespace OrleansLife.Kubernetes.Client;

/// <summary>The REST verbs of one resource type, mapped onto paths, bodies and <see cref="KubeClient.SendAsync"/>.</summary>
internal sealed partial class KubeResourceClient<T>(KubeClient client, KubeResource descriptor) : IKubeResourceClient<T>
    where T : KubeObject
{
    public KubeResource Resource => descriptor;

    public Task<T> CreateAsync(T item, CancellationToken cancellationToken = default) =>
        ReadAsync<T>(new KubeRequest("create", HttpMethod.Post,
            descriptor.CollectionPath(ItemNamespace(item.Metadata.Namespace)), Serialize(item), KubeRequest.Json), cancellationToken);

    public Task<T> GetAsync(string name, string? @namespace = null, CancellationToken cancellationToken = default) =>
        ReadAsync<T>(new KubeRequest("get", HttpMethod.Get, ItemPath(@namespace, name)), cancellationToken);

    public Task<KubeList<T>> ListAsync(string? @namespace = null, ListOptions? options = null, CancellationToken cancellationToken = default) =>
        ReadAsync<KubeList<T>>(new KubeRequest("list", HttpMethod.Get,
            CollectionPath(@namespace) + (options ?? new ListOptions()).ToQuery(watch: false)), cancellationToken);

    public async Task<T?> DeleteAsync(
        string name, string? @namespace = null, DeleteOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = new KubeRequest("delete", HttpMethod.Delete, ItemPath(@namespace, name), options?.ToJson(), KubeRequest.Json);
        using var response = await client.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        // Some deletions answer with the object (now terminating), others with a Status saying it is gone.
        using var document = JsonDocument.Parse(body);
        return document.RootElement.TryGetProperty("kind", out var kind) && kind.ValueEquals("Status")
            ? null
            : document.RootElement.Deserialize<T>(KubeJson.Options);
    }

    public async Task DeleteCollectionAsync(
        string? @namespace = null, ListOptions? listOptions = null, DeleteOptions? options = null, CancellationToken cancellationToken = default)
    {
        var path = CollectionPath(@namespace) + (listOptions ?? new ListOptions()).ToQuery(watch: false);
        using var response = await client.SendAsync(
            new KubeRequest("deletecollection", HttpMethod.Delete, path, options?.ToJson(), KubeRequest.Json), cancellationToken);
    }

    public Task<T> PatchAsync(string name, object patch, string? @namespace = null, CancellationToken cancellationToken = default) =>
        ReadAsync<T>(new KubeRequest("patch", HttpMethod.Patch, ItemPath(@namespace, name),
            SerializePatch(patch), KubeRequest.MergePatch), cancellationToken);

    public Task<T> ReplaceAsync(T item, CancellationToken cancellationToken = default) =>
        ReadAsync<T>(new KubeRequest("update", HttpMethod.Put, ItemPath(item), Serialize(item), KubeRequest.Json), cancellationToken);

    public Task<T> ReplaceStatusAsync(T item, CancellationToken cancellationToken = default) =>
        ReadAsync<T>(new KubeRequest("update", HttpMethod.Put, ItemPath(item) + "/status", Serialize(item), KubeRequest.Json),
            cancellationToken);

    public Task<T> PatchStatusAsync(string name, object patch, string? @namespace = null, CancellationToken cancellationToken = default) =>
        ReadAsync<T>(new KubeRequest("patch", HttpMethod.Patch, ItemPath(@namespace, name) + "/status",
            SerializePatch(patch), KubeRequest.MergePatch), cancellationToken);

    private async Task<TResult> ReadAsync<TResult>(KubeRequest request, CancellationToken cancellationToken)
    {
        using var response = await client.SendAsync(request, cancellationToken);
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await JsonSerializer.DeserializeAsync<TResult>(body, KubeJson.Options, cancellationToken)
            ?? throw new JsonException($"The API server answered {request.Verb} {request.Path} with null.");
    }

    private static byte[] Serialize(T item) => JsonSerializer.SerializeToUtf8Bytes(item, KubeJson.Options);

    private static byte[] SerializePatch(object patch) => JsonSerializer.SerializeToUtf8Bytes(patch, patch.GetType(), KubeJson.Options);

    /// <summary>The namespace of a single-object call: the default when none is named, none for cluster-scoped types.</summary>
    private string? ItemNamespace(string? @namespace)
    {
        if (!descriptor.Namespaced) return null;
        if (@namespace is null) return client.DefaultNamespace;
        return @namespace.Length > 0 ? @namespace : throw new ArgumentException("A single object needs a namespace, not all of them.", nameof(@namespace));
    }

    private string CollectionPath(string? @namespace) =>
        descriptor.CollectionPath(descriptor.Namespaced ? @namespace ?? client.DefaultNamespace : null);

    private string ItemPath(string? @namespace, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return descriptor.ItemPath(ItemNamespace(@namespace), name);
    }

    private string ItemPath(T item) =>
        ItemPath(item.Metadata.Namespace, item.Metadata.Name ?? throw new ArgumentException("The object has no metadata.name.", nameof(item)));
}
