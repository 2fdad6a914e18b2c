using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Patching;
using OrleansLife.KubeEmulator.Resources;

namespace OrleansLife.KubeEmulator.OpenApi;

/// <summary>The OpenAPI operations of one resource, carrying the <c>x-kubernetes-group-version-kind</c> clients match on.</summary>
internal static class OpenApiOperations
{
    public static JsonObject Gvk(ResourceType type) => new() { ["group"] = type.Group, ["kind"] = type.Kind, ["version"] = type.Version };

    /// <summary>The schema name the API server uses for a CRD: the group reversed, then version and kind (<c>io.orleanslife.v1.Board</c>).</summary>
    public static string SchemaName(ResourceType type) =>
        $"{string.Join('.', type.Group.Split('.').Reverse())}.{type.Version}.{type.Kind}";

    public static JsonObject Operation(ResourceType type, string action) => new()
    {
        ["operationId"] = $"{action}{type.Kind}",
        ["x-kubernetes-action"] = action switch { "read" => "get", "replace" => "put", "create" => "post", _ => action },
        ["x-kubernetes-group-version-kind"] = Gvk(type),
        ["responses"] = Responses(type),
    };

    public static JsonObject Patch(ResourceType type)
    {
        var content = new JsonObject();
        foreach (var patchType in type.IsCustom ? PatchTypes.ForCustom : PatchTypes.ForBuiltIn.Where(p => p != PatchTypes.Strategic))
        {
            content[patchType] = new JsonObject { ["schema"] = Ref("io.k8s.apimachinery.pkg.apis.meta.v1.Patch") };
        }
        var operation = Operation(type, "patch");
        operation["x-kubernetes-action"] = "patch";
        operation["parameters"] = new JsonArray(
            Query("dryRun", "When present, indicates that modifications should not be persisted."),
            Query("fieldManager", "fieldManager is a name associated with the actor or entity that is making these changes."),
            Query("fieldValidation", "fieldValidation instructs the server on how to handle objects in the request containing unknown or duplicate fields. Valid values are: Ignore, Warn, Strict."),
            Query("force", "Force is going to \"force\" Apply requests."));
        operation["requestBody"] = new JsonObject { ["content"] = content, ["required"] = true };
        return operation;
    }

    private static JsonObject Responses(ResourceType type) => new()
    {
        ["200"] = new JsonObject
        {
            ["description"] = "OK",
            ["content"] = new JsonObject
            {
                ["application/json"] = new JsonObject
                {
                    ["schema"] = type.Schema is not null ? Ref(SchemaName(type))
                        : BuiltInSchemas.NameOf(type) is { } builtIn ? Ref(builtIn)
                        : new JsonObject { ["type"] = "object" },
                },
            },
        },
    };

    private static JsonObject Ref(string name) => new() { ["$ref"] = $"#/components/schemas/{name}" };

    private static JsonObject Query(string name, string description) => new()
    {
        ["name"] = name,
        ["in"] = "query",
        ["description"] = description,
        ["schema"] = new JsonObject { ["type"] = "string", ["uniqueItems"] = true },
    };
}
