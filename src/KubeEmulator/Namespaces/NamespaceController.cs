using Microsoft.Extensions.Logging;
using OrleansLife.KubeEmulator.Controllers;
using OrleansLife.KubeEmulator.Json;
using OrleansLife.KubeEmulator.Objects;
using OrleansLife.KubeEmulator.Resources;
using OrleansLife.KubeEmulator.Selectors;
using OrleansLife.KubeEmulator.Storage;

namespace OrleansLife.KubeEmulator.Namespaces;

/// <summary>
/// The namespace controller: empties a Terminating namespace of every namespaced object, and once nothing is left,
/// drops its <c>kubernetes</c> finalizer so the namespace itself goes.
/// </summary>
internal sealed class NamespaceController(ResourceService service, ILogger logger) : StoreController(service.Store, null, logger)
{
    protected override void Handle(StoreEvent change)
    {
        if (change.Resource == BuiltInResources.Namespaces.StorageKey)
        {
            if (change.Type != WatchEventType.Deleted && Meta.IsDeleting(change.Object)) Drain(Meta.Name(change.Object));
        }
        else if (change.Type == WatchEventType.Deleted && change.Namespace.Length > 0)
        {
            var ns = service.Store.Get(BuiltInResources.Namespaces.StorageKey, "", change.Namespace);
            if (ns is not null && Meta.IsDeleting(ns)) Drain(change.Namespace);
        }
    }

    private void Drain(string ns)
    {
        var remaining = 0;
        foreach (var type in service.Registry.All.Where(t => t.Namespaced).DistinctBy(t => t.StorageKey))
        {
            var items = service.List(type, ns, ObjectFilter.Everything).Items;
            remaining += items.Count;
            if (items.Any(i => !Meta.IsDeleting(i))) service.DeleteCollection(type, ns, ObjectFilter.Everything, DeleteOptions.Default);
        }
        if (remaining > 0) return;
        service.Mutate(BuiltInResources.Namespaces, "", ns, updated =>
        {
            updated.GetOrAddObject("spec").Remove("finalizers");
            return true;
        });
    }
}
