using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Errors;
using OrleansLife.KubeEmulator.Json;

namespace OrleansLife.KubeEmulator.CustomResources;

/// <summary>
/// Applies a CRD's openAPIV3Schema the way the apiextensions server does on every write: prunes fields the schema
/// does not declare (unless it preserves unknown fields), drops non-nullable nulls, fills defaults, then validates
/// types, enums, bounds, lengths and patterns with kube-openapi's wording.
/// </summary>
internal static class StructuralSchema
{
    private static readonly string[] RootFields = ["apiVersion", "kind", "metadata"];

    public static SchemaResult Apply(JsonObject obj, JsonObject schema)
    {
        var result = new SchemaResult([], []);
        WalkObject(obj, schema, "", result, isRoot: true);
        return result;
    }

    private static void Walk(JsonNode node, JsonObject schema, string path, SchemaResult result)
    {
        var type = schema.GetString("type");
        var actual = TypeName(node);
        if (schema.GetBoolean("x-kubernetes-int-or-string") == true)
        {
            if (actual is not ("string" or "integer")) TypeError(path, "integer,string", actual, result);
            return;
        }
        if (type is not null && type != actual && !(type == "number" && actual == "integer"))
        {
            TypeError(path, type, actual, result);
            return;
        }
        switch (node)
        {
            case JsonObject obj:
                WalkObject(obj, schema, path, result, isRoot: false);
                break;
            case JsonArray array:
                WalkArray(array, schema, path, result);
                break;
            default:
                ScalarChecks.Check((JsonValue)node, schema, path, result.Errors);
                break;
        }
    }

    private static void WalkObject(JsonObject obj, JsonObject schema, string path, SchemaResult result, bool isRoot)
    {
        var properties = schema.GetObject("properties");
        var additional = schema["additionalProperties"];
        var preserve = schema.GetBoolean("x-kubernetes-preserve-unknown-fields") == true
            || schema.GetBoolean("x-kubernetes-embedded-resource") == true;
        foreach (var (name, value) in obj.ToList())
        {
            var childPath = path.Length == 0 ? name : $"{path}.{name}";
            if (isRoot && RootFields.Contains(name)) continue;
            var childSchema = properties.GetObject(name) ?? additional as JsonObject;
            if (childSchema is null)
            {
                if (preserve || additional?.GetValueKind() == JsonValueKind.True) continue;
                obj.Remove(name);
                result.UnknownFields.Add(childPath);
                continue;
            }
            if (value is null)
            {
                if (childSchema.GetBoolean("nullable") != true) obj.Remove(name);
                continue;
            }
            Walk(value, childSchema, childPath, result);
        }
        foreach (var (name, property) in properties ?? [])
        {
            if (!obj.ContainsKey(name) && property is JsonObject p && p["default"] is { } fallback) obj[name] = fallback.DeepClone();
        }
        foreach (var required in schema.GetArray("required")?.Select(JsonNodes.ScalarText).OfType<string>() ?? [])
        {
            if (!obj.ContainsKey(required)) result.Errors.Add(FieldError.Required(path.Length == 0 ? required : $"{path}.{required}"));
        }
        ScalarChecks.CheckCount(obj.Count, schema, "minProperties", "maxProperties", "properties", path, result.Errors);
    }

    private static void WalkArray(JsonArray array, JsonObject schema, string path, SchemaResult result)
    {
        if (schema.GetObject("items") is { } items)
        {
            for (var i = 0; i < array.Count; i++)
            {
                var itemPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");
                if (array[i] is { } item) Walk(item, items, itemPath, result);
                else if (items.GetBoolean("nullable") != true) TypeError(itemPath, items.GetString("type") ?? "object", "null", result);
            }
        }
        ScalarChecks.CheckCount(array.Count, schema, "minItems", "maxItems", "items", path, result.Errors);
    }

    private static void TypeError(string path, string expected, string actual, SchemaResult result) =>
        result.Errors.Add(FieldError.TypeInvalid(path, JsonValue.Create(actual), $"{path} in body must be of type {expected}: \"{actual}\""));

    internal static string TypeName(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        _ => node.GetValueKind() switch
        {
            JsonValueKind.String => "string",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            JsonValueKind.Number => JsonNodes.AsInt64(node) is not null ? "integer" : "number",
            _ => "null",
        },
    };
}
