using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Errors;
using OrleansLife.KubeEmulator.Json;
using OrleansLife.KubeEmulator.Objects;
using OrleansLife.KubeEmulator.Resources;

namespace OrleansLife.KubeEmulator.Pods;

/// <summary>
/// The pod strategy: the defaults the API server and its default admission plugins fill in, the checks a pod must
/// pass, and the rule that a pod's spec is immutable apart from container images.
/// </summary>
internal sealed class PodBehavior : ResourceBehavior
{
    public const long DefaultTerminationGracePeriodSeconds = 30;

    private static readonly string[] RestartPolicies = ["Always", "OnFailure", "Never"];

    public override bool TracksGeneration => true;

    public override bool ReturnsDeletedObject => true;

    public override void PrepareForCreate(JsonObject obj, ResourceContext context)
    {
        var spec = obj.GetOrAddObject("spec");
        PodDefaults.Apply(spec);
        obj["status"] = new JsonObject { ["phase"] = "Pending", ["qosClass"] = PodDefaults.QosClass(spec) };
    }

    /// <summary>The API server defaults every object it decodes, so a patch that drops a defaulted field gets it back.</summary>
    public override void PrepareForUpdate(JsonObject updated, JsonObject current, ResourceContext context) =>
        PodDefaults.Apply(updated.GetOrAddObject("spec"));

    public override void Validate(JsonObject obj, List<FieldError> errors)
    {
        var spec = obj.GetObject("spec");
        var containers = spec.GetArray("containers");
        if (containers is null || containers.Count == 0)
        {
            errors.Add(FieldError.Required("spec.containers"));
            return;
        }
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < containers.Count; i++)
        {
            var container = containers[i] as JsonObject;
            var path = $"spec.containers[{i}]";
            var name = container.GetString("name") ?? "";
            if (name.Length == 0) errors.Add(FieldError.Required($"{path}.name"));
            else if (!names.Add(name)) errors.Add(FieldError.Duplicate($"{path}.name", name));
            else errors.AddRange(NameRules.Dns1123Label(name).Select(p => FieldError.Invalid($"{path}.name", name, p)));
            if (string.IsNullOrEmpty(container.GetString("image"))) errors.Add(FieldError.Required($"{path}.image"));
        }
        if (spec.GetString("restartPolicy") is { } policy && !RestartPolicies.Contains(policy))
        {
            errors.Add(FieldError.NotSupported("spec.restartPolicy", policy, RestartPolicies));
        }
    }

    public override void ValidateUpdate(JsonObject updated, JsonObject current, List<FieldError> errors)
    {
        Validate(updated, errors);
        if (!JsonNode.DeepEquals(MutableFieldsCleared(updated), MutableFieldsCleared(current)))
        {
            errors.Add(FieldError.Forbidden("spec",
                "pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)"));
        }
    }

    public override long? DefaultGracePeriodSeconds(JsonObject obj) =>
        obj.GetObject("spec").GetInt64("terminationGracePeriodSeconds") ?? DefaultTerminationGracePeriodSeconds;

    public override long EffectiveGracePeriodSeconds(JsonObject obj, long requested)
    {
        // As the pod registry does: nothing runs yet on an unscheduled pod, and nothing runs any more on a finished one.
        var unscheduled = string.IsNullOrEmpty(obj.GetObject("spec").GetString("nodeName"));
        var finished = obj.GetObject("status").GetString("phase") is "Succeeded" or "Failed";
        return unscheduled || finished ? 0 : Math.Max(requested, 0);
    }

    private static JsonObject? MutableFieldsCleared(JsonObject pod)
    {
        if (pod.GetObject("spec")?.DeepClone() is not JsonObject spec) return null;
        foreach (var list in new[] { "containers", "initContainers" })
        {
            foreach (var container in spec.GetArray(list)?.OfType<JsonObject>() ?? []) container.Remove("image");
        }
        spec.Remove("activeDeadlineSeconds");
        spec.Remove("tolerations");
        spec.Remove("terminationGracePeriodSeconds");
        return spec;
    }
}
