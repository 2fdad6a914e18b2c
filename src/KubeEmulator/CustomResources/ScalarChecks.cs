using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OrleansLife.KubeEmulator.Errors;
using OrleansLife.KubeEmulator.Json;

namespace OrleansLife.KubeEmulator.CustomResources;

/// <summary>The value-level OpenAPI checks (enum, minimum/maximum, lengths, pattern, item counts) with kube-openapi's messages.</summary>
internal static class ScalarChecks
{
    public static void Check(JsonValue value, JsonObject schema, string path, List<FieldError> errors)
    {
        if (schema.GetArray("enum") is { } options && !options.Any(o => JsonNode.DeepEquals(o, value)))
        {
            errors.Add(new FieldError(path, "FieldValueNotSupported",
                $"Unsupported value: {FieldError.Quote(value)}: supported values: {string.Join(", ", options.Select(FieldError.Quote))}"));
            return;
        }
        if (value.GetValueKind() == JsonValueKind.Number) CheckNumber(value, schema, path, errors);
        else if (value.GetValueKind() == JsonValueKind.String) CheckString(value.GetValue<string>(), schema, path, errors);
    }

    public static void CheckCount(int count, JsonObject schema, string minKey, string maxKey, string noun, string path, List<FieldError> errors)
    {
        if (schema.GetInt64(minKey) is { } min && count < min)
        {
            errors.Add(FieldError.Invalid(path, JsonValue.Create(count), Invariant($"{path} in body should have at least {min} {noun}")));
        }
        if (schema.GetInt64(maxKey) is { } max && count > max)
        {
            errors.Add(new FieldError(path, "FieldValueTooMany", Invariant($"Too many: {count}: must have at most {max} {noun}")));
        }
    }

    private static void CheckNumber(JsonValue value, JsonObject schema, string path, List<FieldError> errors)
    {
        var number = JsonNodes.AsDouble(value) ?? 0;
        if (schema["minimum"] is { } minNode && JsonNodes.AsDouble(minNode) is { } min)
        {
            var exclusive = schema.GetBoolean("exclusiveMinimum") == true;
            if (exclusive ? number <= min : number < min)
            {
                errors.Add(FieldError.Invalid(path, value, $"{path} in body should be greater than {(exclusive ? "" : "or equal to ")}{Number(minNode)}"));
            }
        }
        if (schema["maximum"] is { } maxNode && JsonNodes.AsDouble(maxNode) is { } max)
        {
            var exclusive = schema.GetBoolean("exclusiveMaximum") == true;
            if (exclusive ? number >= max : number > max)
            {
                errors.Add(FieldError.Invalid(path, value, $"{path} in body should be less than {(exclusive ? "" : "or equal to ")}{Number(maxNode)}"));
            }
        }
    }

    private static void CheckString(string text, JsonObject schema, string path, List<FieldError> errors)
    {
        if (schema.GetInt64("minLength") is { } min && text.Length < min)
        {
            errors.Add(FieldError.Invalid(path, text, Invariant($"{path} in body should be at least {min} chars long")));
        }
        if (schema.GetInt64("maxLength") is { } max && text.Length > max)
        {
            errors.Add(new FieldError(path, "FieldValueTooLong", Invariant($"Too long: may not be more than {max} bytes")));
        }
        if (schema.GetString("pattern") is { } pattern && !Regex.IsMatch(text, pattern, RegexOptions.ECMAScript, TimeSpan.FromSeconds(1)))
        {
            errors.Add(FieldError.Invalid(path, text, $"{path} in body should match '{pattern}'"));
        }
    }

    private static string Number(JsonNode node) => JsonNodes.ScalarText(node) ?? "";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
