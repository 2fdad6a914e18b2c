using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Errors;
using OrleansLife.KubeEmulator.Hosting;
using OrleansLife.KubeEmulator.Json;
using OrleansLife.KubeEmulator.Objects;
using OrleansLife.KubeEmulator.Selectors;
using OrleansLife.KubeEmulator.Storage;

namespace OrleansLife.KubeEmulator.Resources;

/// <summary>
/// The API's semantics on top of the store, independent of HTTP: defaulting, validation, optimistic concurrency,
/// status subresources, generation, graceful deletion and finalizers. Both the HTTP handlers and the emulator's own
/// controllers go through it.
/// </summary>
internal sealed partial class ResourceService(ObjectStore store, ResourceRegistry registry, TimeProvider time, KubeEmulatorOptions options)
{
    public ObjectStore Store => store;

    public ResourceRegistry Registry => registry;

    public DateTimeOffset Now => Timestamps.TruncateToSecond(time.GetUtcNow());

    private ResourceContext Context => new(Now, options);

    public JsonObject Get(ResourceType type, string @namespace, string name) =>
        store.Get(type.StorageKey, @namespace, name) ?? throw ApiErrors.NotFound(type.GroupResource, name);

    /// <summary>Lists in key order, one page at a time when <paramref name="limit"/> is set.</summary>
    public ListResult List(ResourceType type, string? @namespace, ObjectFilter filter, int? limit = null, string? continueToken = null)
    {
        var (all, resourceVersion) = store.List(type.StorageKey, @namespace);
        IEnumerable<JsonObject> items = all;
        if (continueToken is { Length: > 0 })
        {
            var (tokenVersion, start) = ParseContinue(continueToken);
            resourceVersion = tokenVersion;
            items = items.Where(obj => string.CompareOrdinal(KeyOf(obj), start) > 0);
        }
        var matching = items.Where(filter.Matches).ToList();
        if (limit is not > 0 || matching.Count <= limit) return new ListResult(matching, resourceVersion, null, null);
        var page = matching.Take(limit.Value).ToList();
        var token = Convert.ToBase64String(Encoding.UTF8.GetBytes(
            new JsonObject { ["v"] = "meta.k8s.io/v1", ["rv"] = resourceVersion, ["start"] = KeyOf(page[^1]) }.ToJsonString()));
        return new ListResult(page, resourceVersion, token, matching.Count - page.Count);
    }

    private static string KeyOf(JsonObject obj) => $"{Meta.Namespace(obj)}/{Meta.Name(obj)}";

    private static (long ResourceVersion, string Start) ParseContinue(string token)
    {
        try
        {
            var parsed = JsonNodes.ParseObject(Convert.FromBase64String(token));
            return (parsed.GetInt64("rv") ?? 0, parsed.GetString("start") ?? "");
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            throw ApiErrors.BadRequest($"continue key is not valid: {e.Message}");
        }
    }

    private void RequireActiveNamespace(ResourceType type, string @namespace, string name)
    {
        var ns = store.Get(BuiltInResources.Namespaces.StorageKey, "", @namespace) ?? throw ApiErrors.NamespaceNotFound(@namespace);
        if (Meta.IsDeleting(ns))
        {
            throw ApiErrors.Forbidden(type.GroupResource, name,
                $"unable to create new content in namespace {@namespace} because it is being terminated");
        }
    }
}
