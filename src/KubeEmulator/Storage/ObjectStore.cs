using System.Globalization;
using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Objects;

namespace OrleansLife.KubeEmulator.Storage;

/// <summary>
/// The emulator's etcd: every object of every resource as frozen JSON, one resourceVersion counter across all of them,
/// a bounded history of changes, and live feeds of those changes. Objects handed in become the store's and must not
/// be mutated afterwards; objects handed out must be cloned before they are changed.
/// </summary>
internal sealed partial class ObjectStore(int historySize)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, SortedDictionary<string, JsonObject>> _objects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ObjectKey> _byUid = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<ObjectKey>> _dependents = new(StringComparer.Ordinal);
    private readonly WatchHistory _history = new(historySize);
    private readonly List<StoreSubscription> _subscriptions = [];
    private long _resourceVersion;

    /// <summary>Raised after every committed change, inside the store's lock: handlers must only signal.</summary>
    public event Action? Changed;

    public long ResourceVersion
    {
        get
        {
            lock (_gate) return _resourceVersion;
        }
    }

    /// <summary>Runs <paramref name="action"/> under the store's lock, so reads and writes inside it are one atomic step.</summary>
    public T Atomically<T>(Func<T> action)
    {
        lock (_gate) return action();
    }

    public JsonObject? Get(string resource, string @namespace, string name)
    {
        lock (_gate)
        {
            return _objects.TryGetValue(resource, out var objects) && objects.TryGetValue($"{@namespace}/{name}", out var obj) ? obj : null;
        }
    }

    /// <summary>All objects of a resource (in one namespace, or all when null) in key order, and the store's resourceVersion.</summary>
    public (List<JsonObject> Items, long ResourceVersion) List(string resource, string? @namespace)
    {
        lock (_gate)
        {
            var items = new List<JsonObject>();
            if (_objects.TryGetValue(resource, out var objects))
            {
                items.AddRange(@namespace is null
                    ? objects.Values
                    : objects.Where(pair => pair.Key.AsSpan().StartsWith($"{@namespace}/")).Select(pair => pair.Value));
            }
            return (items, _resourceVersion);
        }
    }

    public (string Resource, JsonObject Object)? GetByUid(string uid)
    {
        lock (_gate)
        {
            return _byUid.TryGetValue(uid, out var key) && Get(key.Resource, key.Namespace, key.Name) is { } obj ? (key.Resource, obj) : null;
        }
    }

    /// <summary>The objects whose ownerReferences name <paramref name="ownerUid"/>.</summary>
    public List<(string Resource, JsonObject Object)> Dependents(string ownerUid)
    {
        lock (_gate)
        {
            if (!_dependents.TryGetValue(ownerUid, out var keys)) return [];
            return keys.Select(key => (key.Resource, Object: Get(key.Resource, key.Namespace, key.Name)))
                .Where(pair => pair.Object is not null)
                .Select(pair => (pair.Resource, pair.Object!))
                .ToList();
        }
    }

    /// <summary>Stores a new object; null when one with that name already exists.</summary>
    public JsonObject? Create(string resource, JsonObject obj)
    {
        lock (_gate)
        {
            var objects = ObjectsOf(resource);
            var path = $"{Meta.Namespace(obj)}/{Meta.Name(obj)}";
            if (objects.ContainsKey(path)) return null;
            objects[path] = obj;
            Index(resource, obj, previous: null);
            return Commit(WatchEventType.Added, resource, obj, previous: null);
        }
    }

    /// <summary>Replaces an existing object; null when there is none.</summary>
    public JsonObject? Replace(string resource, JsonObject obj)
    {
        lock (_gate)
        {
            var objects = ObjectsOf(resource);
            var path = $"{Meta.Namespace(obj)}/{Meta.Name(obj)}";
            if (!objects.TryGetValue(path, out var previous)) return null;
            objects[path] = obj;
            Index(resource, obj, previous);
            return Commit(WatchEventType.Modified, resource, obj, previous);
        }
    }

    /// <summary>Removes an object and returns its last state stamped with the deletion's resourceVersion.</summary>
    public JsonObject? Remove(string resource, string @namespace, string name)
    {
        lock (_gate)
        {
            var objects = ObjectsOf(resource);
            var path = $"{@namespace}/{name}";
            if (!objects.Remove(path, out var previous)) return null;
            Unindex(resource, previous);
            var removed = (JsonObject)previous.DeepClone();
            return Commit(WatchEventType.Deleted, resource, removed, previous);
        }
    }

    private JsonObject Commit(WatchEventType type, string resource, JsonObject obj, JsonObject? previous)
    {
        var resourceVersion = ++_resourceVersion;
        Meta.Of(obj)["resourceVersion"] = resourceVersion.ToString(CultureInfo.InvariantCulture);
        var change = new StoreEvent(type, resource, resourceVersion, obj, previous);
        _history.Add(change);
        foreach (var subscription in _subscriptions)
        {
            if (subscription.Matches(change)) subscription.Publish(change);
        }
        Changed?.Invoke();
        return obj;
    }

    private SortedDictionary<string, JsonObject> ObjectsOf(string resource)
    {
        if (!_objects.TryGetValue(resource, out var objects))
        {
            objects = new SortedDictionary<string, JsonObject>(StringComparer.Ordinal);
            _objects[resource] = objects;
        }
        return objects;
    }

    private void Index(string resource, JsonObject obj, JsonObject? previous)
    {
        if (previous is not null) Unindex(resource, previous);
        var key = new ObjectKey(resource, Meta.Namespace(obj), Meta.Name(obj));
        if (Meta.Uid(obj) is { Length: > 0 } uid) _byUid[uid] = key;
        foreach (var owner in Meta.OwnerUids(obj))
        {
            if (!_dependents.TryGetValue(owner, out var keys)) _dependents[owner] = keys = [];
            keys.Add(key);
        }
    }

    private void Unindex(string resource, JsonObject obj)
    {
        var key = new ObjectKey(resource, Meta.Namespace(obj), Meta.Name(obj));
        if (Meta.Uid(obj) is { Length: > 0 } uid) _byUid.Remove(uid);
        foreach (var owner in Meta.OwnerUids(obj))
        {
            if (_dependents.TryGetValue(owner, out var keys) && keys.Remove(key) && keys.Count == 0) _dependents.Remove(owner);
        }
    }
}
