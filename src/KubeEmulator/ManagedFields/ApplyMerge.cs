using System.Text.Json.Nodes;

namespace OrleansLife.KubeEmulator.ManagedFields;

/// <summary>
/// Merges an applied configuration into the live object as server-side apply does: maps field by field, keyed lists
/// item by item (an item the configuration leaves out stays), set lists as a union, and anything else replaced whole.
/// </summary>
internal static class ApplyMerge
{
    public static JsonObject Merge(JsonObject live, JsonObject applied)
    {
        var merged = (JsonObject)live.DeepClone();
        MergeInto(merged, applied);
        return merged;
    }

    private static void MergeInto(JsonObject target, JsonObject applied)
    {
        foreach (var (name, value) in applied)
        {
            // A null in an applied configuration means nothing to own, not a removal.
            if (value is null) continue;
            target[name] = (target[name], value) switch
            {
                (JsonObject live, JsonObject map) => MergedMap(live, map),
                (JsonArray live, JsonArray list) when ListTypes.Keys(name, list) is { } keys => MergedKeyed(live, list, keys),
                (JsonArray live, JsonArray list) when ListTypes.IsSet(name) => MergedSet(live, list),
                _ => value.DeepClone(),
            };
        }
    }

    private static JsonObject MergedMap(JsonObject live, JsonObject applied)
    {
        var merged = (JsonObject)live.DeepClone();
        MergeInto(merged, applied);
        return merged;
    }

    private static JsonArray MergedKeyed(JsonArray live, JsonArray applied, IReadOnlyList<string> keys)
    {
        var merged = (JsonArray)live.DeepClone();
        foreach (var item in applied.OfType<JsonObject>())
        {
            var key = FieldPath.Key(item, keys);
            var existing = merged.OfType<JsonObject>().FirstOrDefault(i => FieldPath.Key(i, keys) == key);
            if (existing is null) merged.Add(item.DeepClone());
            else MergeInto(existing, item);
        }
        return merged;
    }

    private static JsonArray MergedSet(JsonArray live, JsonArray applied)
    {
        var merged = (JsonArray)live.DeepClone();
        foreach (var item in applied.Where(i => !merged.Any(m => JsonNode.DeepEquals(m, i)))) merged.Add(item?.DeepClone());
        return merged;
    }
}
