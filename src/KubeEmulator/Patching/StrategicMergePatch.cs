using System.Text.Json.Nodes;

namespace OrleansLife.KubeEmulator.Patching;

/// <summary>
/// Strategic merge patch for the built-in types: a merge patch in which the lists Kubernetes declares with a merge key
/// (containers by name, conditions by type, ...) merge item by item, and the <c>$patch</c>, <c>$retainKeys</c>,
/// <c>$deleteFromPrimitiveList</c> and <c>$setElementOrder</c> directives are understood.
/// </summary>
internal static class StrategicMergePatch
{
    private static readonly Dictionary<string, string> MergeKeys = new(StringComparer.Ordinal)
    {
        ["containers"] = "name",
        ["initContainers"] = "name",
        ["ephemeralContainers"] = "name",
        ["env"] = "name",
        ["volumes"] = "name",
        ["volumeMounts"] = "mountPath",
        ["volumeDevices"] = "devicePath",
        ["ports"] = "containerPort",
        ["imagePullSecrets"] = "name",
        ["hostAliases"] = "ip",
        ["conditions"] = "type",
        ["ownerReferences"] = "uid",
        ["readinessGates"] = "conditionType",
        ["containerStatuses"] = "name",
        ["resourceClaims"] = "name",
    };

    private static readonly HashSet<string> MergedPrimitiveLists = new(StringComparer.Ordinal) { "finalizers" };

    public static JsonObject Apply(JsonObject target, JsonObject patch)
    {
        if ((string?)patch["$patch"] == "replace") return Without(patch, "$patch");
        var result = target;
        if (patch["$retainKeys"] is JsonArray retain)
        {
            var keep = retain.Select(k => (string?)k).ToHashSet(StringComparer.Ordinal);
            foreach (var key in result.Select(p => p.Key).Where(k => !keep.Contains(k)).ToList()) result.Remove(key);
        }
        foreach (var (key, value) in patch)
        {
            if (key is "$patch" or "$retainKeys" || key.StartsWith("$setElementOrder/", StringComparison.Ordinal)) continue;
            if (key.StartsWith("$deleteFromPrimitiveList/", StringComparison.Ordinal))
            {
                var field = key["$deleteFromPrimitiveList/".Length..];
                if (result[field] is JsonArray list && value is JsonArray doomed)
                {
                    foreach (var item in list.Where(i => doomed.Any(d => JsonNode.DeepEquals(d, i))).ToList()) list.Remove(item);
                }
                continue;
            }
            if (value is null)
            {
                result.Remove(key);
                continue;
            }
            if (MergeField(key, result[key]?.DeepClone(), value) is { } merged) result[key] = merged;
            else result.Remove(key);
        }
        return result;
    }

    private static JsonNode? MergeField(string key, JsonNode? current, JsonNode patch)
    {
        switch (patch)
        {
            case JsonObject patchObject when (string?)patchObject["$patch"] == "delete":
                return null;
            case JsonObject patchObject:
                return Apply(current as JsonObject ?? new JsonObject(), patchObject);
            case JsonArray patchList when current is JsonArray currentList && MergeKeys.TryGetValue(key, out var mergeKey):
                return MergeByKey(currentList, patchList, mergeKey);
            case JsonArray patchList when current is JsonArray currentList && MergedPrimitiveLists.Contains(key):
                foreach (var item in patchList.Where(p => !currentList.Any(c => JsonNode.DeepEquals(c, p)))) currentList.Add(item?.DeepClone());
                return currentList;
            case JsonArray patchList:
                return new JsonArray(patchList.Where(i => i is not JsonObject o || (string?)o["$patch"] is null).Select(i => i?.DeepClone()).ToArray());
            default:
                return patch.DeepClone();
        }
    }

    private static JsonArray MergeByKey(JsonArray current, JsonArray patch, string mergeKey)
    {
        foreach (var item in patch.OfType<JsonObject>())
        {
            var existing = current.OfType<JsonObject>().FirstOrDefault(c => JsonNode.DeepEquals(c[mergeKey], item[mergeKey]));
            if ((string?)item["$patch"] == "delete")
            {
                if (existing is not null) current.Remove(existing);
            }
            else if (existing is null)
            {
                current.Add(item.DeepClone());
            }
            else
            {
                var index = current.IndexOf(existing);
                current[index] = Apply(existing.DeepClone().AsObject(), item);
            }
        }
        return current;
    }

    private static JsonObject Without(JsonObject obj, string key)
    {
        var copy = (JsonObject)obj.DeepClone();
        copy.Remove(key);
        return copy;
    }
}
