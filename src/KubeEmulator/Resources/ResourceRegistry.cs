using OrleansLife.KubeEmulator.CustomResources;
using OrleansLife.KubeEmulator.Objects;
using OrleansLife.KubeEmulator.Storage;

namespace OrleansLife.KubeEmulator.Resources;

/// <summary>
/// The resource types being served right now: the built-ins plus one per served version of every established CRD,
/// rebuilt whenever a CRD changes.
/// </summary>
internal sealed class ResourceRegistry(ObjectStore store)
{
    private readonly Lock _gate = new();
    private string _stamp = "";
    private IReadOnlyList<ResourceType> _all = BuiltInResources.All;

    public IReadOnlyList<ResourceType> All
    {
        get
        {
            var crds = store.List(BuiltInResources.CustomResourceDefinitions.StorageKey, null).Items;
            var stamp = string.Join(",", crds.Select(Meta.ResourceVersion));
            lock (_gate)
            {
                if (stamp != _stamp)
                {
                    _all = [.. BuiltInResources.All, .. crds.SelectMany(CustomResourceTypes.From)];
                    _stamp = stamp;
                }
                return _all;
            }
        }
    }

    public ResourceType? Find(string group, string version, string plural) =>
        All.FirstOrDefault(t => t.Group == group && t.Version == version && t.Plural == plural);

    /// <summary>Any served version of the resource stored under <paramref name="storageKey"/>.</summary>
    public ResourceType? FindByStorageKey(string storageKey) => All.FirstOrDefault(t => t.StorageKey == storageKey);

    /// <summary>The API groups with their served versions, in the order discovery lists them.</summary>
    public IEnumerable<IGrouping<string, ResourceType>> Groups => All.Where(t => t.Group.Length > 0).GroupBy(t => t.Group);
}
