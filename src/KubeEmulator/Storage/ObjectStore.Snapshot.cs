using OrleansLife.KubeEmulator.Objects;

namespace OrleansLife.KubeEmulator.Storage;

internal sealed partial class ObjectStore
{
    public StoreSnapshot Snapshot()
    {
        lock (_gate)
        {
            var objects = _objects.SelectMany(pair => pair.Value.Values.Select(obj => new StoredObject(pair.Key, obj))).ToList();
            return new StoreSnapshot(_resourceVersion, objects);
        }
    }

    /// <summary>
    /// Replaces the whole state with a snapshot, without events: watches cannot resume from before it, so the history
    /// starts empty at the snapshot's resourceVersion.
    /// </summary>
    public void Restore(StoreSnapshot snapshot)
    {
        lock (_gate)
        {
            _objects.Clear();
            _byUid.Clear();
            _dependents.Clear();
            foreach (var stored in snapshot.Objects)
            {
                ObjectsOf(stored.Resource)[$"{Meta.Namespace(stored.Object)}/{Meta.Name(stored.Object)}"] = stored.Object;
                Index(stored.Resource, stored.Object, previous: null);
            }
            _resourceVersion = snapshot.ResourceVersion;
            _history.Reset(snapshot.ResourceVersion);
        }
    }
}
