using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using OrleansLife.KubeEmulator.Controllers;
using OrleansLife.KubeEmulator.Errors;
using OrleansLife.KubeEmulator.Json;
using OrleansLife.KubeEmulator.Objects;
using OrleansLife.KubeEmulator.Resources;
using OrleansLife.KubeEmulator.Storage;

namespace OrleansLife.KubeEmulator.GarbageCollection;

/// <summary>
/// The garbage collector, after kube-controller-manager's: deletes an object's dependents once it is gone
/// (background), deletes dependents first and then the owner (foreground, the <c>foregroundDeletion</c> finalizer),
/// strips the owner reference instead (orphan, the <c>orphan</c> finalizer), and deletes objects whose owners are all
/// absent.
/// </summary>
internal sealed class GarbageCollector(ResourceService service, ILogger logger) : StoreController(service.Store, null, logger)
{
    protected override void Handle(StoreEvent change)
    {
        var obj = change.Object;
        if (change.Type == WatchEventType.Deleted)
        {
            CollectDependents(Meta.Uid(obj));
            foreach (var owner in Meta.OwnerUids(obj)) FinishForegroundDeletion(owner);
            return;
        }
        var finalizers = Meta.Finalizers(obj);
        if (Meta.IsDeleting(obj) && finalizers.Contains(ResourceService.OrphanFinalizer)) Orphan(change.Resource, obj);
        else if (Meta.IsDeleting(obj) && finalizers.Contains(ResourceService.ForegroundFinalizer)) StartForegroundDeletion(change.Resource, obj);
        if (change.Type == WatchEventType.Added || !JsonNode.DeepEquals(OwnerReferences(change.Previous), OwnerReferences(obj)))
        {
            CollectIfOwnersAbsent(change.Resource, obj);
        }
    }

    private void CollectDependents(string ownerUid)
    {
        foreach (var (resource, dependent) in service.Store.Dependents(ownerUid))
        {
            var others = Meta.OwnerUids(dependent).Where(uid => uid != ownerUid && service.Store.GetByUid(uid) is not null).ToList();
            if (others.Count > 0) RemoveOwnerReference(resource, dependent, ownerUid);
            else Delete(resource, dependent);
        }
    }

    private void StartForegroundDeletion(string resource, JsonObject owner)
    {
        var dependents = service.Store.Dependents(Meta.Uid(owner));
        if (dependents.Count == 0)
        {
            RemoveFinalizer(resource, owner, ResourceService.ForegroundFinalizer);
            return;
        }
        foreach (var (dependentResource, dependent) in dependents.Where(d => !Meta.IsDeleting(d.Object))) Delete(dependentResource, dependent);
    }

    private void FinishForegroundDeletion(string ownerUid)
    {
        if (service.Store.GetByUid(ownerUid) is not var (resource, owner)) return;
        if (!Meta.IsDeleting(owner) || !Meta.Finalizers(owner).Contains(ResourceService.ForegroundFinalizer)) return;
        if (service.Store.Dependents(ownerUid).Count == 0) RemoveFinalizer(resource, owner, ResourceService.ForegroundFinalizer);
    }

    private void Orphan(string resource, JsonObject owner)
    {
        foreach (var (dependentResource, dependent) in service.Store.Dependents(Meta.Uid(owner)))
        {
            RemoveOwnerReference(dependentResource, dependent, Meta.Uid(owner));
        }
        RemoveFinalizer(resource, owner, ResourceService.OrphanFinalizer);
    }

    private void CollectIfOwnersAbsent(string resource, JsonObject obj)
    {
        var owners = Meta.OwnerUids(obj).ToList();
        if (owners.Count > 0 && owners.All(uid => service.Store.GetByUid(uid) is null)) Delete(resource, obj);
    }

    private void Delete(string resource, JsonObject obj)
    {
        if (service.Registry.FindByStorageKey(resource) is not { } type) return;
        try
        {
            service.Delete(type, Meta.Namespace(obj), Meta.Name(obj), new DeleteOptions(PropagationPolicy: "Background", PreconditionUid: Meta.Uid(obj)));
        }
        catch (ApiException)
        {
            // Deleted or replaced meanwhile: nothing to collect.
        }
    }

    private void RemoveOwnerReference(string resource, JsonObject obj, string ownerUid) => Mutate(resource, obj, updated =>
    {
        var references = updated.GetObject("metadata").GetArray("ownerReferences");
        var stale = references?.OfType<JsonObject>().Where(r => r.GetString("uid") == ownerUid).ToList() ?? [];
        foreach (var reference in stale) references!.Remove(reference);
        if (references is { Count: 0 }) Meta.Of(updated).Remove("ownerReferences");
        return stale.Count > 0;
    });

    private void RemoveFinalizer(string resource, JsonObject obj, string finalizer) => Mutate(resource, obj, updated =>
    {
        var finalizers = Meta.Finalizers(updated);
        if (!finalizers.Remove(finalizer)) return false;
        Meta.SetFinalizers(updated, finalizers);
        return true;
    });

    private void Mutate(string resource, JsonObject obj, Func<JsonObject, bool> change)
    {
        if (service.Registry.FindByStorageKey(resource) is not { } type) return;
        service.Mutate(type, Meta.Namespace(obj), Meta.Name(obj), updated => Meta.Uid(updated) == Meta.Uid(obj) && change(updated));
    }

    private static JsonNode? OwnerReferences(JsonObject? obj) => obj?.GetObject("metadata")?["ownerReferences"];
}
