using System.Text.Json.Nodes;

namespace OrleansLife.KubeEmulator.ManagedFields;

/// <summary>
/// How server-side apply treats a list, as the built-in types' schemas declare it: a map keyed by some of its items'
/// fields (containers by name), a set of scalars (finalizers), or one atomic value (command, args, anything unknown).
/// </summary>
internal static class ListTypes
{
    /// <summary>Keys of the associative lists of the built-in types, found by the list's field name.</summary>
    private static readonly Dictionary<string, string[]> KeyedByName = new(StringComparer.Ordinal)
    {
        ["containers"] = ["name"],
        ["initContainers"] = ["name"],
        ["ephemeralContainers"] = ["name"],
        ["volumes"] = ["name"],
        ["env"] = ["name"],
        ["imagePullSecrets"] = ["name"],
        ["volumeMounts"] = ["mountPath"],
        ["volumeDevices"] = ["devicePath"],
        ["hostAliases"] = ["ip"],
        ["ownerReferences"] = ["uid"],
        ["conditions"] = ["type"],
        ["resourceClaims"] = ["name"],
    };

    private static readonly HashSet<string> Sets = new(StringComparer.Ordinal) { "finalizers" };

    /// <summary>The key fields of the list named <paramref name="field"/>; null for a set or an atomic list.</summary>
    public static IReadOnlyList<string>? Keys(string field, JsonArray items)
    {
        if (KeyedByName.TryGetValue(field, out var keys)) return keys;
        if (field != "ports") return null;
        // Container ports are keyed by containerPort and protocol, service ports by port and protocol.
        return items.OfType<JsonObject>().Any(i => i.ContainsKey("containerPort")) ? ["containerPort", "protocol"] : ["port", "protocol"];
    }

    public static bool IsSet(string field) => Sets.Contains(field);

    /// <summary>A key field's value, with the defaults the API server fills in before it compares keys.</summary>
    public static JsonNode? KeyValue(JsonObject item, string key) =>
        item[key]?.DeepClone() ?? (key == "protocol" ? JsonValue.Create("TCP") : null);
}
