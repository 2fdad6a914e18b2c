using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Resources;

namespace OrleansLife.KubeEmulator.OpenApi;

/// <summary>
/// The OpenAPI v3 schemas of the built-in kinds, for <c>kubectl explain</c> and for the patch metadata kubectl reads
/// (<c>x-kubernetes-patch-merge-key</c>). Generated from the official C# client's models by the tests'
/// <c>BuiltInSchemaGenerator</c> and shipped as <c>BuiltInSchemas.json</c>.
/// </summary>
internal static class BuiltInSchemas
{
    private static readonly Lazy<JsonObject> All = new(Load);

    /// <summary>The schema name of a built-in type, such as <c>io.k8s.api.core.v1.Pod</c>; null when none is shipped.</summary>
    public static string? NameOf(ResourceType type)
    {
        if (type.IsCustom) return null;
        foreach (var (name, schema) in All.Value)
        {
            if (schema?["x-kubernetes-group-version-kind"]?[0] is JsonObject gvk
                && gvk["group"]?.GetValue<string>() == type.Group
                && gvk["version"]?.GetValue<string>() == type.Version
                && gvk["kind"]?.GetValue<string>() == type.Kind)
            {
                return name;
            }
        }
        return null;
    }

    /// <summary>Adds the named schema and every schema it refers to, directly or not, to <paramref name="schemas"/>.</summary>
    public static void AddWithReferences(string name, JsonObject schemas)
    {
        if (schemas.ContainsKey(name) || All.Value[name] is not JsonObject schema) return;
        schemas[name] = schema.DeepClone();
        foreach (var reference in References(schema)) AddWithReferences(reference, schemas);
    }

    private static IEnumerable<string> References(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => p.Key == "$ref" && p.Value is JsonValue value
            ? [value.GetValue<string>()["#/components/schemas/".Length..]]
            : References(p.Value)),
        JsonArray array => array.SelectMany(References),
        _ => [],
    };

    private static JsonObject Load()
    {
        using var stream = typeof(BuiltInSchemas).Assembly.GetManifestResourceStream("OrleansLife.KubeEmulator.OpenApi.BuiltInSchemas.json")
            ?? throw new InvalidOperationException("BuiltInSchemas.json is not embedded.");
        return JsonNode.Parse(stream)!.AsObject();
    }
}
