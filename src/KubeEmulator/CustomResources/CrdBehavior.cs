using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Errors;
using OrleansLife.KubeEmulator.Json;
using OrleansLife.KubeEmulator.Objects;
using OrleansLife.KubeEmulator.Resources;

namespace OrleansLife.KubeEmulator.CustomResources;

/// <summary>
/// The CustomResourceDefinition strategy. Unlike a real cluster, which establishes a CRD a moment after it is created,
/// the emulator writes the NamesAccepted and Established conditions at once, so the new kind is served immediately.
/// </summary>
internal sealed class CrdBehavior : ResourceBehavior
{
    private static readonly string[] Scopes = ["Cluster", "Namespaced"];

    public override bool TracksGeneration => true;

    public override void PrepareForCreate(JsonObject obj, ResourceContext context)
    {
        DefaultNames(obj);
        obj["status"] = Status(obj, null, context.Now);
    }

    public override void PrepareForUpdate(JsonObject updated, JsonObject current, ResourceContext context)
    {
        DefaultNames(updated);
        updated["status"] = Status(updated, current, context.Now);
    }

    public override void Validate(JsonObject obj, List<FieldError> errors)
    {
        var spec = obj.GetObject("spec");
        var group = spec.GetString("group") ?? "";
        var names = spec.GetObject("names");
        var plural = names.GetString("plural") ?? "";
        if (group.Length == 0) errors.Add(FieldError.Required("spec.group"));
        else if (!group.Contains('.', StringComparison.Ordinal)) errors.Add(FieldError.Invalid("spec.group", group, "should be a domain with at least one dot"));
        if (plural.Length == 0) errors.Add(FieldError.Required("spec.names.plural"));
        if (string.IsNullOrEmpty(names.GetString("kind"))) errors.Add(FieldError.Required("spec.names.kind"));
        var name = Meta.Name(obj);
        if (name != $"{plural}.{group}") errors.Add(FieldError.Invalid("metadata.name", name, "must be spec.names.plural+\".\"+spec.group"));
        var scope = spec.GetString("scope") ?? "";
        if (!Scopes.Contains(scope)) errors.Add(FieldError.NotSupported("spec.scope", scope, Scopes));
        ValidateVersions(spec.GetArray("versions"), errors);
    }

    private static void ValidateVersions(JsonArray? versions, List<FieldError> errors)
    {
        if (versions is null || versions.Count == 0)
        {
            errors.Add(FieldError.Required("spec.versions", "must have exactly one version marked as storage version"));
            return;
        }
        var storage = versions.OfType<JsonObject>().Count(v => v.GetBoolean("storage") == true);
        if (storage != 1) errors.Add(FieldError.Invalid("spec.versions", versions.DeepClone(), "must have exactly one version marked as storage version"));
        for (var i = 0; i < versions.Count; i++)
        {
            var version = versions[i] as JsonObject;
            if (string.IsNullOrEmpty(version.GetString("name"))) errors.Add(FieldError.Required($"spec.versions[{i}].name"));
            if (version.GetObject("schema").GetObject("openAPIV3Schema") is null)
            {
                errors.Add(FieldError.Required($"spec.versions[{i}].schema.openAPIV3Schema", "schemas are required"));
            }
        }
    }

    private static void DefaultNames(JsonObject obj)
    {
        var spec = obj.GetOrAddObject("spec");
        var names = spec.GetOrAddObject("names");
        var kind = names.GetString("kind") ?? "";
        names["singular"] ??= kind.ToLowerInvariant();
        names["listKind"] ??= $"{kind}List";
        spec["conversion"] ??= new JsonObject { ["strategy"] = "None" };
    }

    private static JsonObject Status(JsonObject crd, JsonObject? current, DateTimeOffset now)
    {
        var previous = current.GetObject("status");
        var storedVersions = previous.GetArray("storedVersions")?.Select(JsonNodes.ScalarText).OfType<string>().ToList() ?? [];
        var storage = crd.GetObject("spec").GetArray("versions")?.OfType<JsonObject>().FirstOrDefault(v => v.GetBoolean("storage") == true).GetString("name");
        if (storage is not null && !storedVersions.Contains(storage)) storedVersions.Add(storage);
        var transition = previous.GetArray("conditions")?.OfType<JsonObject>().FirstOrDefault().GetString("lastTransitionTime") ?? Timestamps.Format(now);
        return new JsonObject
        {
            ["conditions"] = new JsonArray(
                Condition("NamesAccepted", "NoConflicts", "no conflicts found", transition),
                Condition("Established", "InitialNamesAccepted", "the initial names have been accepted", transition)),
            ["acceptedNames"] = crd.GetObject("spec").GetObject("names")?.DeepClone(),
            ["storedVersions"] = new JsonArray(storedVersions.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()),
        };
    }

    private static JsonObject Condition(string type, string reason, string message, string transition) => new()
    {
        ["type"] = type,
        ["status"] = "True",
        ["lastTransitionTime"] = transition,
        ["reason"] = reason,
        ["message"] = message,
    };
}
