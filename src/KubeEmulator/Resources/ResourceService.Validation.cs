using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.CustomResources;
using OrleansLife.KubeEmulator.Errors;
using OrleansLife.KubeEmulator.Json;
using OrleansLife.KubeEmulator.Objects;

namespace OrleansLife.KubeEmulator.Resources;

internal sealed partial class ResourceService
{
    private static List<string> Validate(ResourceType type, JsonObject obj, JsonObject? current, WriteOptions write)
    {
        var errors = new List<FieldError>();
        MetadataValidation.Validate(obj, type.Behavior.NameIsLabel, errors);
        if (current is null) type.Behavior.Validate(obj, errors);
        else type.Behavior.ValidateUpdate(obj, current, errors);
        if (current is not null && Meta.IsDeleting(current))
        {
            var added = Meta.Finalizers(obj).Except(Meta.Finalizers(current)).ToList();
            if (added.Count > 0)
            {
                errors.Add(FieldError.Forbidden("metadata.finalizers",
                    $"no new finalizers can be added if the object is being deleted, found new finalizers []string{{{string.Join(", ", added.Select(f => $"\"{f}\""))}}}"));
            }
        }
        var warnings = new List<string>();
        if (type.Schema is { } schema)
        {
            var result = StructuralSchema.Apply(obj, schema);
            errors.AddRange(result.Errors);
            var unknown = result.UnknownFields.Select(f => $"unknown field \"{f}\"").ToList();
            if (unknown.Count > 0 && write.FieldValidation == "Strict")
            {
                throw ApiErrors.BadRequest(
                    $"{type.Kind} in version \"{type.Version}\" cannot be handled as a {type.Kind}: strict decoding error: {string.Join(", ", unknown)}");
            }
            if (write.FieldValidation != "Ignore") warnings.AddRange(unknown);
        }
        if (errors.Count > 0) throw ApiErrors.Invalid(type.Group, type.Kind, Meta.Name(obj), errors);
        return warnings;
    }

    /// <summary>Sets kind and apiVersion and orders the top-level fields as the API server writes them.</summary>
    private static JsonObject Normalize(ResourceType type, JsonObject body)
    {
        var kind = body.GetString("kind");
        var apiVersion = body.GetString("apiVersion");
        var group = apiVersion is null ? null : apiVersion.Contains('/', StringComparison.Ordinal) ? apiVersion[..apiVersion.IndexOf('/', StringComparison.Ordinal)] : "";
        if ((kind is not null && kind != type.Kind) || (group is not null && group != type.Group))
        {
            throw ApiErrors.BadRequest(
                $"the object provided is unrecognized (must be of type {type.Kind}): {kind} in version \"{apiVersion}\" cannot be handled as a {type.Kind}");
        }
        var properties = body.ToList();
        body.Clear();
        var normalized = new JsonObject { ["kind"] = type.Kind, ["apiVersion"] = type.ApiVersion, ["metadata"] = new JsonObject() };
        foreach (var (key, value) in properties.Where(p => p.Key is not ("kind" or "apiVersion" or "status")))
        {
            normalized[key] = value;
        }
        if (properties.FirstOrDefault(p => p.Key == "status").Value is { } status) normalized["status"] = status;
        if (normalized["metadata"] is not JsonObject) normalized["metadata"] = new JsonObject();
        return normalized;
    }

    private static void PlaceInNamespace(ResourceType type, string @namespace, JsonObject metadata)
    {
        if (!type.Namespaced)
        {
            metadata.Remove("namespace");
            return;
        }
        if (metadata.GetString("namespace") is { Length: > 0 } given && given != @namespace)
        {
            throw ApiErrors.BadRequest("the namespace of the provided object does not match the namespace sent on the request");
        }
        metadata["namespace"] = @namespace;
    }

    private static void CarrySystemFields(JsonObject current, JsonObject updated)
    {
        var from = current.GetObject("metadata")!;
        var to = Meta.Of(updated);
        foreach (var field in new[] { "name", "namespace", "uid", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "generation", "resourceVersion" })
        {
            SetOrRemove(to, field, from[field]?.DeepClone());
        }
        to.Remove("managedFields");
        to.Remove("selfLink");
    }

    /// <summary>Everything generation counts: the object without metadata and status.</summary>
    private static JsonObject Content(JsonObject obj)
    {
        var content = new JsonObject();
        foreach (var (key, value) in obj)
        {
            if (key is not ("metadata" or "status" or "kind" or "apiVersion")) content[key] = value?.DeepClone();
        }
        return content;
    }

    private static void SetOrRemove(JsonObject obj, string property, JsonNode? value)
    {
        if (value is null) obj.Remove(property);
        else obj[property] = value;
    }
}
