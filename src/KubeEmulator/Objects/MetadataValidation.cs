using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Errors;
using OrleansLife.KubeEmulator.Json;

namespace OrleansLife.KubeEmulator.Objects;

/// <summary>The checks apimachinery's <c>ValidateObjectMeta</c> makes on every object: name, labels, annotations, owners.</summary>
internal static class MetadataValidation
{
    private const int MaxAnnotationBytes = 256 * 1024;

    public static void Validate(JsonObject obj, bool nameIsLabel, List<FieldError> errors)
    {
        var metadata = obj.GetObject("metadata");
        var name = metadata.GetString("name") ?? "";
        if (name.Length == 0)
        {
            errors.Add(FieldError.Required("metadata.name", "name or generateName is required"));
        }
        else if (PathSegmentProblem(name) is { } problem)
        {
            errors.Add(FieldError.Invalid("metadata.name", name, problem));
        }
        else
        {
            var problems = nameIsLabel ? NameRules.Dns1123Label(name) : NameRules.Dns1123Subdomain(name);
            errors.AddRange(problems.Select(p => FieldError.Invalid("metadata.name", name, p)));
        }
        ValidateLabels(metadata.GetObject("labels"), errors);
        ValidateAnnotations(metadata.GetObject("annotations"), errors);
        ValidateOwnerReferences(metadata.GetArray("ownerReferences"), errors);
        foreach (var finalizer in Meta.Finalizers(obj))
        {
            errors.AddRange(NameRules.QualifiedName(finalizer).Select(p => FieldError.Invalid("metadata.finalizers", finalizer, p)));
        }
    }

    private static string? PathSegmentProblem(string name)
    {
        if (name is "." or "..") return $"may not be '{name}'";
        if (name.Contains('/', StringComparison.Ordinal)) return "may not contain '/'";
        return name.Contains('%', StringComparison.Ordinal) ? "may not contain '%'" : null;
    }

    private static void ValidateLabels(JsonObject? labels, List<FieldError> errors)
    {
        if (labels is null) return;
        foreach (var (key, value) in labels)
        {
            errors.AddRange(NameRules.QualifiedName(key).Select(p => FieldError.Invalid("metadata.labels", key, p)));
            var text = JsonNodes.ScalarText(value) ?? "";
            errors.AddRange(NameRules.LabelValue(text).Select(p => FieldError.Invalid("metadata.labels", text, p)));
        }
    }

    private static void ValidateAnnotations(JsonObject? annotations, List<FieldError> errors)
    {
        if (annotations is null) return;
        var total = 0;
        foreach (var (key, value) in annotations)
        {
            errors.AddRange(NameRules.QualifiedName(key.ToLowerInvariant()).Select(p => FieldError.Invalid("metadata.annotations", key, p)));
            total += key.Length + (JsonNodes.ScalarText(value)?.Length ?? 0);
        }
        if (total > MaxAnnotationBytes)
        {
            errors.Add(new FieldError("metadata.annotations", "FieldValueTooLong", $"Too long: must have at most {MaxAnnotationBytes} bytes"));
        }
    }

    private static void ValidateOwnerReferences(JsonArray? references, List<FieldError> errors)
    {
        if (references is null) return;
        var controllers = 0;
        foreach (var reference in references.OfType<JsonObject>())
        {
            foreach (var (field, detail) in new[] { ("apiVersion", "version"), ("kind", "kind"), ("name", "name"), ("uid", "uid") })
            {
                if (string.IsNullOrEmpty(reference.GetString(field)))
                {
                    errors.Add(FieldError.Invalid($"metadata.ownerReferences.{field}", "", $"{detail} must not be empty"));
                }
            }
            if (reference.GetBoolean("controller") == true) controllers++;
        }
        if (controllers > 1)
        {
            errors.Add(FieldError.Invalid("metadata.ownerReferences", references.DeepClone(), "Only one reference can have Controller set to true"));
        }
    }
}
