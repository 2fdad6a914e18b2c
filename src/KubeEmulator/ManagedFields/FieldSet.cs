using System.Text.Json.Nodes;

namespace OrleansLife.KubeEmulator.ManagedFields;

/// <summary>
/// A set of fields, as one managedFields entry owns them: every leaf value, every keyed or set list item, every atomic
/// list and every empty map. Read from and written as <c>fieldsV1</c>, where <c>{}</c> or a <c>"."</c> child marks a member.
/// </summary>
internal sealed class FieldSet
{
    // What the API server never lets anyone own: the object's identity and what the server itself maintains.
    private static readonly HashSet<string> SystemMetadata = new(StringComparer.Ordinal)
    {
        "name", "namespace", "uid", "resourceVersion", "generation", "creationTimestamp", "deletionTimestamp",
        "deletionGracePeriodSeconds", "managedFields", "selfLink",
    };

    private readonly HashSet<string> _paths;

    private FieldSet(HashSet<string> paths) => _paths = paths;

    public static FieldSet Empty => new([]);

    public IReadOnlyCollection<string> Paths => _paths;

    public bool IsEmpty => _paths.Count == 0;

    public bool Contains(string path) => _paths.Contains(path);

    public FieldSet Union(FieldSet other) => new([.. _paths, .. other._paths]);

    public FieldSet Except(FieldSet other) => new([.. _paths.Where(p => !other._paths.Contains(p))]);

    public FieldSet Intersect(FieldSet other) => new([.. _paths.Where(other._paths.Contains)]);

    public FieldSet Where(Func<string, bool> keep) => new([.. _paths.Where(keep)]);

    public bool SetEquals(FieldSet other) => _paths.SetEquals(other._paths);

    /// <summary>The fields of an object; <paramref name="statusOnly"/> keeps only status, <paramref name="withoutStatus"/> drops it.</summary>
    public static FieldSet Of(JsonObject obj, bool statusOnly, bool withoutStatus)
    {
        var paths = new HashSet<string>();
        foreach (var (name, value) in obj)
        {
            if (name is "apiVersion" or "kind" || value is null) continue;
            if ((statusOnly && name != "status") || (withoutStatus && name == "status")) continue;
            var path = FieldPath.Field(name);
            if (name == "metadata" && value is JsonObject metadata)
            {
                foreach (var (field, fieldValue) in metadata)
                {
                    if (!SystemMetadata.Contains(field) && fieldValue is not null) Add(paths, FieldPath.Child(path, FieldPath.Field(field)), field, fieldValue);
                }
                continue;
            }
            Add(paths, path, name, value);
        }
        return new FieldSet(paths);
    }

    private static void Add(HashSet<string> paths, string path, string name, JsonNode value)
    {
        switch (value)
        {
            case JsonObject { Count: > 0 } map:
                foreach (var (field, fieldValue) in map)
                {
                    if (fieldValue is not null) Add(paths, FieldPath.Child(path, FieldPath.Field(field)), field, fieldValue);
                }
                break;
            case JsonArray array when ListTypes.Keys(name, array) is { } keys && array.All(i => i is JsonObject):
                foreach (var item in array.OfType<JsonObject>())
                {
                    var itemPath = FieldPath.Child(path, FieldPath.Key(item, keys));
                    paths.Add(itemPath);
                    foreach (var (field, fieldValue) in item)
                    {
                        if (fieldValue is not null) Add(paths, FieldPath.Child(itemPath, FieldPath.Field(field)), field, fieldValue);
                    }
                }
                break;
            case JsonArray array when ListTypes.IsSet(name):
                foreach (var item in array) paths.Add(FieldPath.Child(path, FieldPath.Value(item)));
                break;
            default:
                paths.Add(path);
                break;
        }
    }

    public static FieldSet FromFieldsV1(JsonObject? fields)
    {
        var paths = new HashSet<string>();
        if (fields is not null) Read(fields, "", paths);
        return new FieldSet(paths);
    }

    private static void Read(JsonObject node, string path, HashSet<string> paths)
    {
        if (path.Length > 0 && (node.Count == 0 || node.ContainsKey("."))) paths.Add(path);
        foreach (var (element, child) in node)
        {
            if (element != "." && child is JsonObject next) Read(next, FieldPath.Child(path, element), paths);
        }
    }

    /// <summary>The set as fieldsV1, its elements in the order the API server writes them.</summary>
    public JsonObject ToFieldsV1()
    {
        var root = new JsonObject();
        var nodes = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var path in _paths)
        {
            var node = root;
            var prefix = "";
            foreach (var element in FieldPath.Elements(path))
            {
                prefix = FieldPath.Child(prefix, element);
                if (node[element] is not JsonObject child)
                {
                    child = new JsonObject();
                    node[element] = child;
                    nodes[prefix] = child;
                }
                node = child;
            }
        }
        // A member that also has members below it says so with a "." child; a member without any is just {}.
        foreach (var path in _paths)
        {
            var member = nodes[path];
            if (member.Count > 0 && !member.ContainsKey(".")) member["."] = new JsonObject();
        }
        return Sorted(root);
    }

    private static JsonObject Sorted(JsonObject node)
    {
        var sorted = new JsonObject();
        foreach (var (element, child) in node.OrderBy(p => p.Key == "." ? "" : p.Key, StringComparer.Ordinal).ToList())
        {
            node.Remove(element);
            sorted[element] = child is JsonObject obj ? Sorted(obj) : child;
        }
        return sorted;
    }
}
