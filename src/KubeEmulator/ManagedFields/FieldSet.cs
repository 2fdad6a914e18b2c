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

    public FieldSet Union(FieldSet other) => new([.. _paths, .. other._paths]);

    public FieldSet Except(FieldSet other) => _paths.Overlaps(other._paths) ? new([.. _paths.Where(p => !other._paths.Contains(p))]) : this;

    public FieldSet Intersect(FieldSet other) => new([.. _paths.Where(other._paths.Contains)]);

    public FieldSet Where(Func<string, bool> keep) => _paths.All(keep) ? this : new([.. _paths.Where(keep)]);

    public bool SetEquals(FieldSet other) => _paths.SetEquals(other._paths);

    /// <summary>The fields of an object; <paramref name="statusOnly"/> keeps only status, <paramref name="withoutStatus"/> drops it.</summary>
    public static FieldSet Of(JsonObject obj, bool statusOnly, bool withoutStatus) => Of(Walk(obj), statusOnly, withoutStatus);

    /// <summary>The fields of <see cref="Walk"/>'s result, limited as <see cref="Of(JsonObject, bool, bool)"/> limits them.</summary>
    public static FieldSet Of(Dictionary<string, JsonNode> values, bool statusOnly, bool withoutStatus) =>
        new([.. values.Keys.Where(path => IsStatus(path) ? !withoutStatus : !statusOnly)]);

    /// <summary>Every field of an object with the value it holds, walked once so a write compares values without searching.</summary>
    public static Dictionary<string, JsonNode> Walk(JsonObject? obj)
    {
        var values = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        if (obj is null) return values;
        foreach (var (name, value) in obj)
        {
            if (name is "apiVersion" or "kind" || value is null) continue;
            var path = FieldPath.Field(name);
            if (name == "metadata" && value is JsonObject metadata)
            {
                foreach (var (field, fieldValue) in metadata)
                {
                    if (!SystemMetadata.Contains(field) && fieldValue is not null) Add(values, FieldPath.Child(path, FieldPath.Field(field)), field, fieldValue);
                }
                continue;
            }
            Add(values, path, name, value);
        }
        return values;
    }

    private static bool IsStatus(string path) =>
        path.StartsWith("f:status", StringComparison.Ordinal) && (path.Length == 8 || path[8] == FieldPath.Separator);

    private static void Add(Dictionary<string, JsonNode> values, string path, string name, JsonNode value)
    {
        switch (value)
        {
            case JsonObject { Count: > 0 } map:
                foreach (var (field, fieldValue) in map)
                {
                    if (fieldValue is not null) Add(values, FieldPath.Child(path, FieldPath.Field(field)), field, fieldValue);
                }
                break;
            case JsonArray array when ListTypes.Keys(name, array) is { } keys && array.All(i => i is JsonObject):
                foreach (var item in array.OfType<JsonObject>())
                {
                    var itemPath = FieldPath.Child(path, FieldPath.Key(item, keys));
                    values[itemPath] = item;
                    foreach (var (field, fieldValue) in item)
                    {
                        if (fieldValue is not null) Add(values, FieldPath.Child(itemPath, FieldPath.Field(field)), field, fieldValue);
                    }
                }
                break;
            case JsonArray array when ListTypes.IsSet(name):
                foreach (var item in array.OfType<JsonNode>()) values[FieldPath.Child(path, FieldPath.Value(item))] = item;
                break;
            default:
                values[path] = value;
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

    /// <summary>The set as fieldsV1, its elements in the order the API server writes them: "." first, then by name.</summary>
    public JsonObject ToFieldsV1()
    {
        // Sorted ordinally, a path comes right before the paths below it ('\n' sorts before any element's character),
        // so every node is created in order and a member knows it has members below it by looking at the next path.
        var paths = _paths.Order(StringComparer.Ordinal).ToList();
        var root = new JsonObject();
        var stack = new List<(string Path, JsonObject Node)>();
        for (var i = 0; i < paths.Count; i++)
        {
            var path = paths[i];
            while (stack.Count > 0 && !path.StartsWith(stack[^1].Path + FieldPath.Separator, StringComparison.Ordinal)) stack.RemoveAt(stack.Count - 1);
            var parent = stack.Count > 0 ? stack[^1] : (Path: "", Node: root);
            var node = parent.Node;
            var prefix = parent.Path;
            foreach (var element in FieldPath.Elements(prefix.Length == 0 ? path : path[(prefix.Length + 1)..]))
            {
                prefix = FieldPath.Child(prefix, element);
                if (node[element] is not JsonObject child)
                {
                    child = new JsonObject();
                    node[element] = child;
                }
                node = child;
                stack.Add((prefix, node));
            }
            var hasMembersBelow = i + 1 < paths.Count && paths[i + 1].StartsWith(path + FieldPath.Separator, StringComparison.Ordinal);
            if (hasMembersBelow) node["."] = new JsonObject();
        }
        return root;
    }
}
