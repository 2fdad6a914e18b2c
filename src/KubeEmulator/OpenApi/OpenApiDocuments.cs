using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Discovery;
using OrleansLife.KubeEmulator.Resources;

namespace OrleansLife.KubeEmulator.OpenApi;

/// <summary>
/// OpenAPI v3, as far as kubectl reads it: one document per group version whose PATCH operations declare the
/// <c>fieldValidation</c> parameter (so kubectl leaves validation to the server instead of fetching OpenAPI v2) and
/// the patch types they accept, plus each CRD's own schema and the built-in kinds' schemas (for <c>kubectl explain</c>,
/// with the patch merge keys kubectl's strategic merge patches need).
/// </summary>
internal sealed class OpenApiDocuments(ResourceRegistry registry)
{
    public JsonObject Root()
    {
        var paths = new JsonObject();
        foreach (var gv in registry.All.GroupBy(t => t.ApiVersion))
        {
            var prefix = GroupVersionPath(gv.First());
            var hash = Convert.ToHexString(SHA512.HashData(Encoding.UTF8.GetBytes(Document(gv.ToList()).ToJsonString())));
            paths[prefix] = new JsonObject { ["serverRelativeURL"] = $"/openapi/v3/{prefix}?hash={hash}" };
        }
        return new JsonObject { ["paths"] = paths };
    }

    /// <summary>The document for <c>/openapi/v3/{api/v1 | apis/group/version}</c>; null for an unknown group version.</summary>
    public JsonObject? GroupVersion(string path)
    {
        var types = registry.All.Where(t => GroupVersionPath(t) == path.Trim('/')).ToList();
        return types.Count == 0 ? null : Document(types);
    }

    private static string GroupVersionPath(ResourceType type) => type.Group.Length == 0 ? $"api/{type.Version}" : $"apis/{type.Group}/{type.Version}";

    private static JsonObject Document(List<ResourceType> types)
    {
        var paths = new JsonObject();
        var schemas = new JsonObject { ["io.k8s.apimachinery.pkg.apis.meta.v1.Patch"] = new JsonObject { ["type"] = "object" } };
        foreach (var type in types)
        {
            var root = $"/{GroupVersionPath(type)}{(type.Namespaced ? "/namespaces/{namespace}" : "")}/{type.Plural}";
            paths[root] = new JsonObject
            {
                ["get"] = OpenApiOperations.Operation(type, "list"),
                ["post"] = OpenApiOperations.Operation(type, "create"),
            };
            paths[$"{root}/{{name}}"] = new JsonObject
            {
                ["get"] = OpenApiOperations.Operation(type, "read"),
                ["put"] = OpenApiOperations.Operation(type, "replace"),
                ["patch"] = OpenApiOperations.Patch(type),
                ["delete"] = OpenApiOperations.Operation(type, "delete"),
            };
            if (BuiltInSchemas.NameOf(type) is { } builtIn) BuiltInSchemas.AddWithReferences(builtIn, schemas);
            if (type.Schema is not null)
            {
                var schema = (JsonObject)type.Schema.DeepClone();
                schema["x-kubernetes-group-version-kind"] = new JsonArray(OpenApiOperations.Gvk(type));
                schemas[OpenApiOperations.SchemaName(type)] = schema;
            }
        }
        return new JsonObject
        {
            ["openapi"] = "3.0.0",
            ["info"] = new JsonObject { ["title"] = "Kubernetes", ["version"] = KubernetesVersion.GitVersion },
            ["paths"] = paths,
            ["components"] = new JsonObject { ["schemas"] = schemas },
        };
    }
}
