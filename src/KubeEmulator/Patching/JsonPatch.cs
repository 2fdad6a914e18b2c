using System.Globalization;
using System.Text.Json.Nodes;

namespace OrleansLife.KubeEmulator.Patching;

/// <summary>JSON Patch (RFC 6902): add, remove, replace, move, copy and test, applied in order to a copy of the document.</summary>
internal static class JsonPatch
{
    public static JsonNode Apply(JsonNode document, JsonArray operations)
    {
        var root = new JsonObject { ["doc"] = document.DeepClone() };
        foreach (var operation in operations)
        {
            if (operation is not JsonObject op) throw new PatchException("invalid JSON Patch: operation is not an object");
            var name = (string?)op["op"] ?? throw new PatchException("invalid JSON Patch: missing op");
            var path = (string?)op["path"] ?? throw new PatchException($"invalid JSON Patch: {name} operation is missing path");
            switch (name)
            {
                case "add":
                    Add(root, path, op["value"]?.DeepClone());
                    break;
                case "remove":
                    Remove(root, path);
                    break;
                case "replace":
                    Remove(root, path);
                    Add(root, path, op["value"]?.DeepClone());
                    break;
                case "move":
                    var moved = Remove(root, From(op));
                    Add(root, path, moved);
                    break;
                case "copy":
                    Add(root, path, Find(root, From(op))?.DeepClone());
                    break;
                case "test":
                    if (!JsonNode.DeepEquals(Find(root, path), op["value"])) throw new PatchException($"testing value {path} failed: test failed");
                    break;
                default:
                    throw new PatchException($"Unexpected kind: {name}");
            }
        }
        return root["doc"]!;
    }

    private static string From(JsonObject op) => (string?)op["from"] ?? throw new PatchException("invalid JSON Patch: missing from");

    private static JsonNode? Find(JsonObject root, string path)
    {
        var (parent, last) = Parent(root, path);
        return parent switch
        {
            JsonObject obj when obj.TryGetPropertyValue(last, out var value) => value,
            JsonArray array when int.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < array.Count => array[i],
            _ => throw new PatchException($"doc is missing path: \"{path}\": missing value"),
        };
    }

    private static void Add(JsonObject root, string path, JsonNode? value)
    {
        var (parent, last) = Parent(root, path);
        switch (parent)
        {
            case JsonObject obj:
                obj[last] = value;
                break;
            case JsonArray array when last == "-":
                array.Add(value);
                break;
            case JsonArray array when int.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i <= array.Count:
                array.Insert(i, value);
                break;
            default:
                throw new PatchException($"add operation does not apply: doc is missing path: \"{path}\": missing value");
        }
    }

    private static JsonNode? Remove(JsonObject root, string path)
    {
        var (parent, last) = Parent(root, path);
        switch (parent)
        {
            case JsonObject obj when obj.TryGetPropertyValue(last, out var value):
                obj.Remove(last);
                return value;
            case JsonArray array when int.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < array.Count:
                var item = array[i];
                array.RemoveAt(i);
                return item;
            default:
                throw new PatchException($"remove operation does not apply: doc is missing path: \"{path}\": missing value");
        }
    }

    /// <summary>The container a JSON Pointer points into, and the pointer's last, unescaped token.</summary>
    private static (JsonNode? Parent, string Last) Parent(JsonObject root, string path)
    {
        if (path.Length > 0 && path[0] != '/') throw new PatchException($"invalid JSON Pointer: \"{path}\"");
        var tokens = path.Length == 0 ? [] : path[1..].Split('/').Select(t => t.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToArray();
        JsonNode? node = root;
        var last = "doc";
        foreach (var token in tokens.Prepend("doc").SkipLast(1))
        {
            node = node switch
            {
                JsonObject obj => obj[token],
                JsonArray array when int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < array.Count => array[i],
                _ => null,
            };
            if (node is null) throw new PatchException($"doc is missing path: \"{path}\": missing value");
        }
        if (tokens.Length > 0) last = tokens[^1];
        return (node, last);
    }
}
