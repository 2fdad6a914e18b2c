using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Resources;

namespace OrleansLife.KubeEmulator.Discovery;

/// <summary>
/// The legacy (unaggregated) discovery documents: APIVersions on <c>/api</c>, APIGroupList on <c>/apis</c>, APIGroup on
/// <c>/apis/{group}</c> and APIResourceList on each group version, built from the resources served right now. Clients
/// that ask for aggregated discovery first fall back to these when the response is plain JSON.
/// </summary>
internal sealed class DiscoveryDocuments(ResourceRegistry registry)
{
    public static JsonObject ApiVersions(string serverAddress) => new()
    {
        ["kind"] = "APIVersions",
        ["versions"] = new JsonArray("v1"),
        ["serverAddressByClientCIDRs"] = new JsonArray(new JsonObject { ["clientCIDR"] = "0.0.0.0/0", ["serverAddress"] = serverAddress }),
    };

    public JsonObject GroupList() => new()
    {
        ["kind"] = "APIGroupList",
        ["apiVersion"] = "v1",
        ["groups"] = new JsonArray(registry.Groups.Select(g => (JsonNode)Group(g.Key, g)).ToArray()),
    };

    public JsonObject? Group(string name)
    {
        var types = registry.All.Where(t => t.Group == name && name.Length > 0).ToList();
        if (types.Count == 0) return null;
        var group = Group(name, types);
        group["kind"] = "APIGroup";
        group["apiVersion"] = "v1";
        return group;
    }

    public JsonObject? Resources(string group, string version)
    {
        var types = registry.All.Where(t => t.Group == group && t.Version == version).ToList();
        if (types.Count == 0) return null;
        var resources = new JsonArray();
        foreach (var type in types)
        {
            resources.Add(Resource(type));
            if (type == BuiltInResources.Pods) resources.Add(Subresource(type, "log", ["get"]));
            if (type.HasStatus) resources.Add(Subresource(type, "status", ["get", "patch", "update"]));
        }
        return new JsonObject
        {
            ["kind"] = "APIResourceList",
            ["apiVersion"] = "v1",
            ["groupVersion"] = group.Length == 0 ? version : $"{group}/{version}",
            ["resources"] = resources,
        };
    }

    private static JsonObject Group(string name, IEnumerable<ResourceType> types)
    {
        var versions = types.Select(t => t.Version).Distinct().Order(VersionPriority.Instance).ToList();
        return new JsonObject
        {
            ["name"] = name,
            ["versions"] = new JsonArray(versions.Select(v => (JsonNode)GroupVersion(name, v)).ToArray()),
            ["preferredVersion"] = GroupVersion(name, versions[0]),
        };
    }

    private static JsonObject GroupVersion(string group, string version) => new() { ["groupVersion"] = $"{group}/{version}", ["version"] = version };

    private static JsonObject Resource(ResourceType type)
    {
        var resource = new JsonObject
        {
            ["name"] = type.Plural,
            ["singularName"] = type.Singular,
            ["namespaced"] = type.Namespaced,
            ["kind"] = type.Kind,
            ["verbs"] = Strings(type.Verbs),
        };
        if (type.ShortNames.Count > 0) resource["shortNames"] = Strings(type.ShortNames);
        if (type.Categories.Count > 0) resource["categories"] = Strings(type.Categories);
        resource["storageVersionHash"] = StorageVersionHash(type);
        return resource;
    }

    private static JsonObject Subresource(ResourceType type, string name, IReadOnlyList<string> verbs) => new()
    {
        ["name"] = $"{type.Plural}/{name}",
        ["singularName"] = "",
        ["namespaced"] = type.Namespaced,
        ["kind"] = type.Kind,
        ["verbs"] = Strings(verbs),
    };

    /// <summary>As the API server computes it: the first 8 bytes of the SHA-256 of group/version/kind, in base64.</summary>
    private static string StorageVersionHash(ResourceType type) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes($"{type.Group}/{type.Version}/{type.Kind}"))[..8]);

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
}
