using System.Text.Json;
using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Errors;
using OrleansLife.KubeEmulator.Json;
using OrleansLife.KubeEmulator.ManagedFields;
using OrleansLife.KubeEmulator.Patching;

namespace OrleansLife.KubeEmulator.Resources;

internal sealed partial class ResourceService
{
    /// <summary>
    /// Applies a patch to the current object and commits the result as an update would. A server-side apply to a
    /// missing object creates it; otherwise it merges the applied configuration and records its fields for the manager.
    /// </summary>
    public WriteResult Patch(ResourceType type, string @namespace, string name, string patchType, byte[] body, bool statusOnly, WriteOptions write)
    {
        var accepted = type.IsCustom ? PatchTypes.ForCustom : PatchTypes.ForBuiltIn;
        if (!accepted.Contains(patchType)) throw ApiErrors.UnsupportedMediaType(accepted);
        if (patchType == PatchTypes.Apply && string.IsNullOrEmpty(write.FieldManager))
        {
            throw ApiErrors.Invalid("meta.k8s.io", "PatchOptions", "", [FieldError.Required("fieldManager", "is required for apply patch")]);
        }
        if (write.Force && patchType != PatchTypes.Apply)
        {
            throw ApiErrors.Invalid("meta.k8s.io", "PatchOptions", "", [FieldError.Forbidden("force", "may not be specified for non-apply patch")]);
        }
        var patch = ParsePatch(patchType, body);
        if (patchType == PatchTypes.Apply)
        {
            write = write with { Applied = FieldSet.Of((JsonObject)patch, statusOnly, withoutStatus: type.HasStatus && !statusOnly) };
        }
        return store.Atomically(() =>
        {
            var current = store.Get(type.StorageKey, @namespace, name);
            if (current is null)
            {
                if (patchType != PatchTypes.Apply || statusOnly) throw ApiErrors.NotFound(type.GroupResource, name);
                var created = (JsonObject)patch;
                Objects.Meta.Of(created)["name"] = name;
                return Create(type, @namespace, created, write);
            }
            var patched = patchType == PatchTypes.Apply
                ? ApplyMerge.Merge(current, (JsonObject)patch)
                : Patched(current.CloneObject(), patchType, patch);
            return Replace(type, current, patched, statusOnly, write);
        });
    }

    private static JsonNode ParsePatch(string patchType, byte[] body)
    {
        try
        {
            var parsed = patchType == PatchTypes.Apply ? YamlJson.Parse(body) : JsonNode.Parse(body);
            return patchType == PatchTypes.Json
                ? parsed as JsonArray ?? throw ApiErrors.BadRequest("json: cannot unmarshal object into Go value of type jsonpatch.Patch")
                : parsed as JsonObject ?? throw ApiErrors.BadRequest("json: cannot unmarshal into Go value of type map[string]interface {}");
        }
        catch (Exception e) when (e is JsonException or YamlDotNet.Core.YamlException)
        {
            throw ApiErrors.BadRequest($"error decoding patch: {e.Message}");
        }
    }

    private static JsonObject Patched(JsonObject current, string patchType, JsonNode patch)
    {
        try
        {
            var result = patchType switch
            {
                PatchTypes.Json => JsonPatch.Apply(current, (JsonArray)patch),
                PatchTypes.Strategic => StrategicMergePatch.Apply(current, (JsonObject)patch),
                _ => MergePatch.Apply(current, patch),
            };
            return result as JsonObject ?? throw new PatchException("the patch did not produce an object");
        }
        catch (PatchException e)
        {
            throw new ApiException(422, "Invalid", "the server rejected our request due to an error in our request",
                new JsonObject { ["causes"] = new JsonArray(new JsonObject { ["reason"] = "UnexpectedServerResponse", ["message"] = e.Message }) });
        }
    }
}
