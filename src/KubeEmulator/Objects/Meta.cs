using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Json;

namespace OrleansLife.KubeEmulator.Objects;

/// <summary>Reads and writes the standard <c>metadata</c> fields of an untyped Kubernetes object.</summary>
internal static class Meta
{
    public static JsonObject Of(JsonObject obj) => obj.GetOrAddObject("metadata");

    public static string Name(JsonObject obj) => obj.GetObject("metadata").GetString("name") ?? "";

    public static string Namespace(JsonObject obj) => obj.GetObject("metadata").GetString("namespace") ?? "";

    public static string Uid(JsonObject obj) => obj.GetObject("metadata").GetString("uid") ?? "";

    public static string ResourceVersion(JsonObject obj) => obj.GetObject("metadata").GetString("resourceVersion") ?? "";

    public static string? DeletionTimestamp(JsonObject obj) => obj.GetObject("metadata").GetString("deletionTimestamp");

    public static bool IsDeleting(JsonObject obj) => DeletionTimestamp(obj) is not null;

    public static long? DeletionGracePeriodSeconds(JsonObject obj) => obj.GetObject("metadata").GetInt64("deletionGracePeriodSeconds");

    public static IReadOnlyDictionary<string, string> Labels(JsonObject obj) => StringMap(obj.GetObject("metadata").GetObject("labels"));

    public static IReadOnlyDictionary<string, string> Annotations(JsonObject obj) =>
        StringMap(obj.GetObject("metadata").GetObject("annotations"));

    public static List<string> Finalizers(JsonObject obj) =>
        obj.GetObject("metadata").GetArray("finalizers")?.Select(f => JsonNodes.ScalarText(f) ?? "").ToList() ?? [];

    public static void SetFinalizers(JsonObject obj, IReadOnlyCollection<string> finalizers)
    {
        var metadata = Of(obj);
        if (finalizers.Count == 0) metadata.Remove("finalizers");
        else metadata["finalizers"] = new JsonArray(finalizers.Select(f => (JsonNode?)JsonValue.Create(f)).ToArray());
    }

    /// <summary>The uids this object names as its owners.</summary>
    public static IEnumerable<string> OwnerUids(JsonObject obj) =>
        obj.GetObject("metadata").GetArray("ownerReferences")?.OfType<JsonObject>()
            .Select(reference => reference.GetString("uid"))
            .OfType<string>() ?? [];

    private static Dictionary<string, string> StringMap(JsonObject? map)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (map is null) return result;
        foreach (var (key, value) in map) result[key] = JsonNodes.ScalarText(value) ?? "";
        return result;
    }
}
