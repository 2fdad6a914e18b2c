using System.Text;
using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Json;

namespace OrleansLife.KubeEmulator.ManagedFields;

/// <summary>
/// One field in the fieldsV1 notation: a list of elements <c>f:name</c> (a field), <c>k:{"name":"x"}</c> (a keyed
/// list item), <c>v:"x"</c> (a set item). Paths are kept as those elements joined by newlines, which no element holds.
/// </summary>
internal static class FieldPath
{
    public const char Separator = '\n';

    public static string Child(string path, string element) => path.Length == 0 ? element : path + Separator + element;

    public static string[] Elements(string path) => path.Split(Separator);

    public static string Field(string name) => "f:" + name;

    public static string Value(JsonNode? value) => "v:" + (value?.ToJsonString(JsonNodes.Compact) ?? "null");

    /// <summary>A keyed item's element: its key fields in order of name, as the API server sorts them.</summary>
    public static string Key(JsonObject item, IReadOnlyList<string> keys)
    {
        var key = new JsonObject();
        foreach (var name in keys.Order(StringComparer.Ordinal))
        {
            if (ListTypes.KeyValue(item, name) is { } value) key[name] = value;
        }
        return "k:" + key.ToJsonString(JsonNodes.Compact);
    }

    /// <summary>The path as the API server prints it in conflicts: <c>.spec.containers[name="cell"].image</c>.</summary>
    public static string Display(string path)
    {
        var text = new StringBuilder();
        foreach (var element in Elements(path))
        {
            switch (element[0])
            {
                case 'f':
                    text.Append('.').Append(element[2..]);
                    break;
                case 'k':
                    var key = (JsonObject)JsonNode.Parse(element[2..])!;
                    text.Append('[').AppendJoin(',', key.Select(p => $"{p.Key}={p.Value?.ToJsonString(JsonNodes.Compact)}")).Append(']');
                    break;
                default:
                    text.Append("[=").Append(element[2..]).Append(']');
                    break;
            }
        }
        return text.ToString();
    }

    /// <summary>
    /// Removes what a path names from <paramref name="root"/>, if it is there, and then any map it leaves empty: typed
    /// objects drop empty maps when they are written, so the API server never shows one.
    /// </summary>
    public static void Remove(JsonNode root, string path)
    {
        var elements = Elements(path);
        var chain = new List<JsonNode> { root };
        foreach (var element in elements[..^1])
        {
            if (Step(chain[^1], element) is not { } next) return;
            chain.Add(next);
        }
        for (var i = elements.Length - 1; i >= 0; i--)
        {
            var element = elements[i];
            switch (chain[i])
            {
                case JsonObject obj when element.StartsWith("f:", StringComparison.Ordinal):
                    obj.Remove(element[2..]);
                    break;
                case JsonArray array when Step(array, element) is { } item:
                    array.Remove(item);
                    break;
            }
            if (i == 0 || chain[i] is not JsonObject { Count: 0 } || !elements[i - 1].StartsWith("f:", StringComparison.Ordinal)) return;
        }
    }

    private static JsonNode? Step(JsonNode? node, string element) => element[0] switch
    {
        'f' => (node as JsonObject)?[element[2..]],
        'k' => (node as JsonArray)?.OfType<JsonObject>().FirstOrDefault(item => Matches(item, (JsonObject)JsonNode.Parse(element[2..])!)),
        _ => (node as JsonArray)?.FirstOrDefault(item => Value(item) == element),
    };

    private static bool Matches(JsonObject item, JsonObject key) =>
        key.All(p => JsonNode.DeepEquals(ListTypes.KeyValue(item, p.Key), p.Value));
}
