using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Discovery;
using OrleansLife.KubeEmulator.Resources;

namespace OrleansLife.KubeEmulator.OpenApi;

/// <summary>
/// A minimal OpenAPI v2 document, which kubectl up to 1.28 downloads (as gnostic protobuf) before every validated
/// apply. It declares, per resource, a PATCH operation with the <c>fieldValidation</c> query parameter, so kubectl
/// leaves validation to the server; it carries no schemas, so kubectl's client-side checks have nothing to reject.
/// </summary>
internal sealed class OpenApiV2Document(ResourceRegistry registry)
{
    /// <summary>What kube-openapi answers with; the Accept header's <c>…v2@v1.0+protobuf</c> is not a valid Content-Type.</summary>
    public const string ProtobufMediaType = "application/com.github.proto-openapi.spec.v2.v1.0+protobuf";

    public byte[] Protobuf()
    {
        var document = new ProtoWriter()
            .String(1, "2.0")
            .Message(2, info => info.String(1, "Kubernetes").String(2, KubernetesVersion.GitVersion))
            .Message(8, paths =>
            {
                foreach (var (path, type) in PatchPaths())
                {
                    paths.Message(2, named => named.String(1, path).Message(2, item => item.Message(8, operation => operation
                        .Message(8, parameters => parameters.Message(1, parameter => parameter.Message(2, nonBody => nonBody
                            .Message(3, query => query.String(2, "query").String(4, "fieldValidation").String(6, "string")))))
                        .Message(13, extension => extension
                            .String(1, "x-kubernetes-group-version-kind")
                            .Message(2, any => any.String(2, $"group: \"{type.Group}\"\nkind: {type.Kind}\nversion: {type.Version}\n"))))));
                }
            });
        return document.ToArray();
    }

    public JsonObject Json()
    {
        var paths = new JsonObject();
        foreach (var (path, type) in PatchPaths())
        {
            paths[path] = new JsonObject
            {
                ["patch"] = new JsonObject
                {
                    ["parameters"] = new JsonArray(new JsonObject { ["name"] = "fieldValidation", ["in"] = "query", ["type"] = "string" }),
                    ["x-kubernetes-group-version-kind"] = OpenApiOperations.Gvk(type),
                },
            };
        }
        return new JsonObject
        {
            ["swagger"] = "2.0",
            ["info"] = new JsonObject { ["title"] = "Kubernetes", ["version"] = KubernetesVersion.GitVersion },
            ["paths"] = paths,
        };
    }

    private IEnumerable<(string Path, ResourceType Type)> PatchPaths() =>
        registry.All.Select(type => (
            $"/{(type.Group.Length == 0 ? "api" : $"apis/{type.Group}")}/{type.Version}{(type.Namespaced ? "/namespaces/{namespace}" : "")}/{type.Plural}/{{name}}",
            type));
}
