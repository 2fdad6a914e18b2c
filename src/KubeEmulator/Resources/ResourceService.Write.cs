using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Errors;
using OrleansLife.KubeEmulator.Json;
using OrleansLife.KubeEmulator.ManagedFields;
using OrleansLife.KubeEmulator.Objects;

namespace OrleansLife.KubeEmulator.Resources;

internal sealed partial class ResourceService
{
    public WriteResult Create(ResourceType type, string @namespace, JsonObject body, WriteOptions write)
    {
        var context = Context;
        body = Normalize(type, body);
        var metadata = Meta.Of(body);
        PlaceInNamespace(type, @namespace, metadata);
        if (string.IsNullOrEmpty(metadata.GetString("name")) && metadata.GetString("generateName") is { Length: > 0 } prefix)
        {
            metadata["name"] = NameGenerator.Generate(prefix);
        }
        foreach (var field in new[] { "resourceVersion", "deletionTimestamp", "deletionGracePeriodSeconds", "selfLink", "managedFields", "generation" })
        {
            metadata.Remove(field);
        }
        metadata["uid"] = Guid.NewGuid().ToString();
        metadata["creationTimestamp"] = Timestamps.Format(context.Now);
        if (type.Behavior.TracksGeneration) metadata["generation"] = 1;
        if (type.HasStatus && type.IsCustom) body.Remove("status");
        type.Behavior.PrepareForCreate(body, context);
        FieldManager.Track(type, null, body, write, statusOnly: false, context.Now);
        var warnings = Validate(type, body, null, write);
        if (write.DryRun) return new WriteResult(body, true, warnings);
        var stored = store.Atomically(() =>
        {
            if (type.Namespaced) RequireActiveNamespace(type, @namespace, Meta.Name(body));
            return store.Create(type.StorageKey, body) ?? throw ApiErrors.AlreadyExists(type.GroupResource, Meta.Name(body));
        });
        return new WriteResult(stored, true, warnings);
    }

    /// <summary>A PUT: replaces the object, or only its status when <paramref name="statusOnly"/>.</summary>
    public WriteResult Update(ResourceType type, string @namespace, string name, JsonObject body, bool statusOnly, WriteOptions write)
    {
        body = Normalize(type, body);
        var metadata = Meta.Of(body);
        var bodyName = metadata.GetString("name") ?? "";
        if (bodyName.Length == 0) metadata["name"] = name;
        else if (bodyName != name) throw ApiErrors.BadRequest($"the name of the object ({bodyName}) does not match the name on the URL ({name})");
        PlaceInNamespace(type, @namespace, metadata);
        return store.Atomically(() =>
        {
            var current = store.Get(type.StorageKey, @namespace, name);
            if (current is not null) return Replace(type, current, body, statusOnly, write);
            if (statusOnly || !type.Behavior.AllowCreateOnUpdate) throw ApiErrors.NotFound(type.GroupResource, name);
            return Create(type, @namespace, body, write);
        });
    }

    /// <summary>Commits <paramref name="body"/> over <paramref name="current"/>; the caller holds the store's lock.</summary>
    internal WriteResult Replace(ResourceType type, JsonObject current, JsonObject body, bool statusOnly, WriteOptions write)
    {
        var requested = Meta.ResourceVersion(body);
        if (requested.Length > 0 && requested != Meta.ResourceVersion(current))
        {
            throw ApiErrors.Conflict(type.GroupResource, Meta.Name(current), ApiErrors.ModifiedMessage);
        }
        JsonObject updated;
        if (statusOnly)
        {
            updated = current.CloneObject();
            SetOrRemove(updated, "status", body["status"]?.DeepClone());
        }
        else
        {
            updated = body;
            if (type.HasStatus) SetOrRemove(updated, "status", current["status"]?.DeepClone());
            type.Behavior.PrepareForUpdate(updated, current, Context);
        }
        CarrySystemFields(current, updated);
        FieldManager.Track(type, current, updated, write, statusOnly, Now);
        if (type.Behavior.TracksGeneration && !JsonNode.DeepEquals(Content(current), Content(updated)))
        {
            Meta.Of(updated)["generation"] = (current.GetObject("metadata").GetInt64("generation") ?? 0) + 1;
        }
        var warnings = Validate(type, updated, current, write);
        // Like etcd's GuaranteedUpdate, a write that changes nothing is not a write: no new resourceVersion, no event.
        if (JsonNode.DeepEquals(current, updated)) return new WriteResult(current, false, warnings);
        if (write.DryRun) return new WriteResult(updated, false, warnings);
        var stored = store.Replace(type.StorageKey, updated)!;
        return new WriteResult(RemoveIfFinished(type, stored), false, warnings);
    }

    /// <summary>Lets a controller change an object directly, bypassing validation, as a privileged component would.</summary>
    public JsonObject? Mutate(ResourceType type, string @namespace, string name, Func<JsonObject, bool> change) =>
        store.Atomically(() =>
        {
            if (store.Get(type.StorageKey, @namespace, name) is not { } current) return null;
            var updated = current.CloneObject();
            if (!change(updated) || JsonNode.DeepEquals(current, updated)) return current;
            return RemoveIfFinished(type, store.Replace(type.StorageKey, updated)!);
        });
}
