using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Errors;
using OrleansLife.KubeEmulator.Json;
using OrleansLife.KubeEmulator.Objects;
using OrleansLife.KubeEmulator.Selectors;

namespace OrleansLife.KubeEmulator.Resources;

internal sealed partial class ResourceService
{
    public const string ForegroundFinalizer = "foregroundDeletion";
    public const string OrphanFinalizer = "orphan";

    public DeleteResult Delete(ResourceType type, string @namespace, string name, DeleteOptions delete) =>
        store.Atomically(() =>
        {
            var current = store.Get(type.StorageKey, @namespace, name) ?? throw ApiErrors.NotFound(type.GroupResource, name);
            if (type == BuiltInResources.Namespaces && Namespaces.NamespaceBehavior.Immortal.Contains(name))
            {
                throw ApiErrors.Forbidden(type.GroupResource, name, "this namespace may not be deleted");
            }
            CheckPreconditions(type, current, delete);
            return DeleteCore(type, current, delete);
        });

    /// <summary>Deletes every matching object, each as a single DELETE would, and returns what was deleted.</summary>
    public List<JsonObject> DeleteCollection(ResourceType type, string? @namespace, ObjectFilter filter, DeleteOptions delete) =>
        store.Atomically(() => List(type, @namespace, filter).Items
            .Select(obj => DeleteCore(type, obj, delete).Object)
            .ToList());

    private DeleteResult DeleteCore(ResourceType type, JsonObject current, DeleteOptions delete)
    {
        var deleting = Meta.IsDeleting(current);
        var finalizers = Meta.Finalizers(current);
        if (!deleting)
        {
            if (delete.PropagationPolicy == "Foreground" && !finalizers.Contains(ForegroundFinalizer)) finalizers.Add(ForegroundFinalizer);
            if (delete.PropagationPolicy == "Orphan" && !finalizers.Contains(OrphanFinalizer)) finalizers.Add(OrphanFinalizer);
        }
        long grace = 0;
        if (type.Behavior.DefaultGracePeriodSeconds(current) is { } defaultGrace)
        {
            grace = type.Behavior.EffectiveGracePeriodSeconds(current, delete.GracePeriodSeconds ?? defaultGrace);
        }
        if (deleting)
        {
            // A second DELETE can only shorten a running grace period.
            var running = Meta.DeletionGracePeriodSeconds(current) ?? 0;
            if (grace >= running) return new DeleteResult(current, false);
        }
        var mustWait = grace > 0 || finalizers.Count > 0 || (type.Behavior.DefersDeletion && !deleting);
        if (!mustWait && type.Behavior.CanBeRemoved(current))
        {
            return delete.DryRun ? new DeleteResult(current, true) : new DeleteResult(Remove(type, current), true);
        }
        var updated = current.CloneObject();
        var metadata = Meta.Of(updated);
        if (!deleting || grace > 0) metadata["deletionTimestamp"] = Timestamps.Format(Now.AddSeconds(grace));
        metadata["deletionGracePeriodSeconds"] = grace;
        Meta.SetFinalizers(updated, finalizers);
        type.Behavior.PrepareForDeletion(updated);
        if (delete.DryRun) return new DeleteResult(updated, false);
        var stored = store.Replace(type.StorageKey, updated)!;
        var result = RemoveIfFinished(type, stored);
        return new DeleteResult(result, !ReferenceEquals(result, stored));
    }

    /// <summary>Removes a deleting object once nothing holds it any more: no finalizers, no grace period left.</summary>
    private JsonObject RemoveIfFinished(ResourceType type, JsonObject stored)
    {
        var finished = Meta.IsDeleting(stored)
            && Meta.Finalizers(stored).Count == 0
            && (Meta.DeletionGracePeriodSeconds(stored) ?? 0) == 0
            && type.Behavior.CanBeRemoved(stored);
        return finished ? Remove(type, stored) : stored;
    }

    private JsonObject Remove(ResourceType type, JsonObject current)
    {
        var removed = store.Remove(type.StorageKey, Meta.Namespace(current), Meta.Name(current))!;
        if (type.StorageKey == BuiltInResources.CustomResourceDefinitions.StorageKey)
        {
            // A CRD's name is its resources' storage key; removing the definition removes every instance of it.
            foreach (var instance in store.List(Meta.Name(current), null).Items)
            {
                store.Remove(Meta.Name(current), Meta.Namespace(instance), Meta.Name(instance));
            }
        }
        return removed;
    }

    private static void CheckPreconditions(ResourceType type, JsonObject current, DeleteOptions delete)
    {
        var name = Meta.Name(current);
        if (delete.PreconditionUid is { Length: > 0 } uid && uid != Meta.Uid(current))
        {
            throw ApiErrors.Conflict(type.GroupResource, name,
                $"Precondition failed: UID in precondition: {uid}, UID in object meta: {Meta.Uid(current)}");
        }
        if (delete.PreconditionResourceVersion is { Length: > 0 } rv && rv != Meta.ResourceVersion(current))
        {
            throw ApiErrors.Conflict(type.GroupResource, name,
                $"Precondition failed: ResourceVersion in precondition: {rv}, ResourceVersion in object meta: {Meta.ResourceVersion(current)}");
        }
    }
}
