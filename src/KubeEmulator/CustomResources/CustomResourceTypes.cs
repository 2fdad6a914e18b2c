using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Json;
using OrleansLife.KubeEmulator.Objects;
using OrleansLife.KubeEmulator.Resources;

namespace OrleansLife.KubeEmulator.CustomResources;

/// <summary>Derives the served resource types, one per served version, from a CustomResourceDefinition object.</summary>
internal static class CustomResourceTypes
{
    public static IEnumerable<ResourceType> From(JsonObject crd)
    {
        if (Meta.IsDeleting(crd)) yield break;
        var spec = crd.GetObject("spec");
        var names = spec.GetObject("names");
        foreach (var version in spec.GetArray("versions")?.OfType<JsonObject>() ?? [])
        {
            if (version.GetBoolean("served") == false) continue;
            yield return new ResourceType
            {
                Group = spec.GetString("group") ?? "",
                Version = version.GetString("name") ?? "",
                Kind = names.GetString("kind") ?? "",
                Plural = names.GetString("plural") ?? "",
                Singular = names.GetString("singular") ?? (names.GetString("kind") ?? "").ToLowerInvariant(),
                Namespaced = spec.GetString("scope") != "Cluster",
                ShortNames = Strings(names.GetArray("shortNames")),
                Categories = Strings(names.GetArray("categories")),
                HasStatus = version.GetObject("subresources")?.ContainsKey("status") == true,
                Behavior = CustomResourceBehavior.Instance,
                Printer = new CustomColumnsPrinter(version.GetArray("additionalPrinterColumns")),
                SelectableFields = version.GetArray("selectableFields")?.OfType<JsonObject>()
                    .Select(f => SimpleJsonPath.ToFieldPath(f.GetString("jsonPath") ?? "")).ToList() ?? [],
                Schema = version.GetObject("schema").GetObject("openAPIV3Schema"),
                IsCustom = true,
            };
        }
    }

    private static List<string> Strings(JsonArray? array) => array?.Select(JsonNodes.ScalarText).OfType<string>().ToList() ?? [];
}
